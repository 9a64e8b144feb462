import { ERROR_STATUS, type ErrorCode } from '@plantrack/contract/errors';

/**
 * The one error type services throw. Codes are a closed set, declared with their HTTP status in the
 * contract (errors.ts); each has a Chinese and an English message (see error-messages.ts).
 */
export type AppErrorCode = ErrorCode;

export interface AppErrorDetails {
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: AppErrorCode, details?: AppErrorDetails, message?: string) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** "Not found" and "not yours" look the same to the caller, so an object's existence never leaks. */
export function notFound(entity: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', { entity, id });
}
