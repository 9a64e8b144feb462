import type { ErrorBody } from '@plantrack/contract/shared.contract';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { takeEarlyResponse } from './early-responses';

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/**
 * One call. The answer's type comes from the feature's contract (`apiRequest<Contract>(…)`); the server's
 * tests hold every answer to that same schema, so the web app does not check it again at run time.
 */
export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Names one user action, so a retried or double-clicked submission is applied once by the server. */
  idempotencyKey?: string;
}

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
  // A proxy or gateway may answer with something else than the API's error shape (an HTML 502 page).
  const error = (payload as Partial<ErrorBody> | undefined)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return new ApiError(status, CLIENT_ERROR_CODES.unexpectedResponse, '');
  const details = typeof error.details === 'object' && error.details !== null ? error.details : {};
  return new ApiError(status, error.code, error.message, details);
}

/** The one way the web app talks to the API: same-origin cookies, JSON, the server's error shape. */
export async function apiRequest<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const { method = 'GET', query, body, signal, idempotencyKey } = request;
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
  return payload as T;
}
