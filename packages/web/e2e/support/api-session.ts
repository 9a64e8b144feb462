import { expect } from 'vitest';
import { DEMO_PASSWORD } from './paths.js';

export interface ApiSession {
  request: <T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => Promise<T>;
  /** A file the API answers (an export), as bytes. */
  download: (path: string) => Promise<Buffer>;
}

/**
 * The API as one user, for arranging the data a test needs (a test builds its own data rather than
 * relying on what another left behind). Sends the session cookie and its CSRF token, like the app.
 */
export async function signInToApi(baseUrl: string, username: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken?: string };
  return {
    download: async (path: string) => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    },
    request: async <T>(method: string, path: string, body?: unknown) => {
      const headers: Record<string, string> = { Cookie: cookie };
      if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
