import * as z from 'zod/mini';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { takeEarlyResponse } from './early-responses';

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface ApiRequest<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  /**
   * Old style, going: the response checked against a schema declared here. The answer's type now comes
   * from the feature's contract (`apiRequest<Contract>(…)`), which the server's tests hold every answer to.
   */
  schema?: z.ZodMiniType<T>;
  signal?: AbortSignal;
  /** Names one user action, so a retried or double-clicked submission is applied once by the server. */
  idempotencyKey?: string;
}

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.nullish(z.record(z.string(), z.unknown())) }),
});

let acceptLanguage = 'zh-CN';
let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** The server localises error messages by Accept-Language, so it follows the interface language. */
export function setApiLanguage(language: string): void {
  acceptLanguage = language;
}

/**
 * The session's CSRF token (from login and the sign-in check, /api/auth/session), sent back as X-CSRF-Token on every change:
 * another site can make the browser send the cookie, but cannot read this.
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the session is missing or expired, so the app can send the user to the login page. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (!parsed.success) return new ApiError(status, CLIENT_ERROR_CODES.unexpectedResponse, '');
  const { code, message, details } = parsed.data.error;
  return new ApiError(status, code, message, details ?? {});
}

/** The one way the web app talks to the API: same-origin cookies, JSON, the server's error shape. */
export async function apiRequest<T>(path: string, request: ApiRequest<T>): Promise<T> {
  const { method = 'GET', query, body, schema, signal, idempotencyKey } = request;
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage };
  // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const url = `${path}${toQueryString(query)}`;
  let response: Response;
  try {
    response = await ((method === 'GET' && takeEarlyResponse(url)) ||
      fetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        signal,
      }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, CLIENT_ERROR_CODES.network, '');
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    if (error.code === 'UNAUTHENTICATED') {
      csrfToken = null;
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  if (!schema) return payload as T;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError(response.status, CLIENT_ERROR_CODES.unexpectedResponse, '', { issues: parsed.error.issues });
  }
  return parsed.data;
}
