import type { TFunction } from 'i18next';
import { ApiError, CLIENT_ERROR_CODES } from '../shared/api/api-error';

/** What to tell the user about a failure: the server's own (localised) message when it sent one. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
  }
  return t('errors.unexpected');
}
