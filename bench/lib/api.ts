/** A logged-in account talking to the running server, as the web app does (cookie + CSRF token). */
export interface ApiSession {
  baseUrl: string;
  username: string;
  cookie: string;
  csrfToken: string;
  get<T>(path: string): Promise<T>;
  send(method: 'POST' | 'PUT', path: string, body: unknown): Promise<Response>;
}

export const BENCH_PASSWORD = 'Bench-passw0rd!2026';

export async function login(baseUrl: string, username: string, password = BENCH_PASSWORD): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const { csrfToken, restriction } = (await response.json()) as { csrfToken: string; restriction?: string | null };
  if (restriction) throw new Error(`login ${username}: session restricted (${restriction})`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    baseUrl,
    username,
    cookie,
    csrfToken,
    get: async <T>(path: string) => {
      const answer = await fetch(`${baseUrl}${path}`, { headers });
      if (!answer.ok) throw new Error(`GET ${path} as ${username}: ${answer.status} ${await answer.text()}`);
      return (await answer.json()) as T;
    },
    send: (method, path, body) =>
      fetch(`${baseUrl}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
}

/** Times one request that returns a file (export, bulletin); the body is read to the end. */
export async function timeDownload(session: ApiSession, path: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${session.baseUrl}${path}`, { headers: { cookie: session.cookie } });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${Buffer.from(body).toString()}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}
