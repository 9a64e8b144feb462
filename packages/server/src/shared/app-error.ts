/**
 * The one error type services throw. Codes are a closed set; each maps to an HTTP status (checked
 * complete by the compiler) and to a Chinese and an English message (see error-messages.ts).
 */
export const APP_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNKNOWN_REFERENCE: 400,
  ONE_FILE_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_CODE_INVALID: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  TOTP_ENROLMENT_REQUIRED: 403,
  CURRENT_PASSWORD_INCORRECT: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  INVALID_STATE: 409,
  CYCLE_CLOSED: 409,
  CYCLE_NOT_OPEN: 409,
  DUPLICATE: 409,
  EXTENSION_REQUEST_PENDING: 409,
  REMINDER_TOO_SOON: 409,
  RESPONSIBILITY_CHAIN_INCOMPLETE: 409,
  IMPORT_FILE_CHANGED: 409,
  EVIDENCE_LIMIT_REACHED: 409,
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  IMPORT_HAS_PROBLEMS: 422,
  IMPORT_FILE_TOO_COMPLEX: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

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
    return APP_ERROR_STATUS[this.code];
  }
}

/** "Not found" and "not yours" look the same to the caller, so an object's existence never leaks. */
export function notFound(entity: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', { entity, id });
}
