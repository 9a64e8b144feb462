import createClient from 'openapi-fetch';
import type { paths } from '../../../contract/openapi/openapi.js';

/**
 * A program an outside system would write from the OpenAPI document alone: the types are generated
 * from the committed document (packages/contract/openapi/openapi.d.ts), the client is openapi-fetch.
 * If the document were not enough to call the API, this file would not compile or its calls would fail.
 */
export async function openNextQuarterFromOutside(baseUrl: string, username: string, password: string, period: string, deadline: string) {
  const client = createClient<paths>({ baseUrl });
  const login = await client.POST('/api/auth/login', { body: { username, password } });
  if (!login.data) throw new Error(`login refused: ${login.response.status}`);
  const cookie = (login.response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const headers = { cookie, 'x-csrf-token': login.data.csrfToken ?? '' };

  const opened = await client.POST('/api/cycles', { body: { period, deadline }, headers });
  const duplicate = await client.POST('/api/cycles', { body: { period, deadline }, headers });
  const listed = await client.GET('/api/cycles', { headers });
  const items = await client.GET('/api/items', { params: { query: { pageSize: 5, sort: 'code', order: 'asc' } }, headers });
  return {
    openedPeriod: opened.data?.cycle.period,
    duplicateCode: duplicate.error?.error.code,
    periods: listed.data?.cycles.map((cycle) => cycle.period) ?? [],
    itemCodes: items.data?.items.map((item) => item.code) ?? [],
  };
}
