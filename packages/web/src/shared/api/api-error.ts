/** A failed API call, carrying the server's `{ error: { code, message, details } }` (message already localised). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Someone else saved the record first (optimistic concurrency): the user must reload. */
  get isStaleVersion(): boolean {
    return this.code === 'STALE_VERSION';
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Codes the client itself produces when there is no server answer to show. */
export const CLIENT_ERROR_CODES = { network: 'NETWORK', unexpectedResponse: 'UNEXPECTED_RESPONSE' } as const;
