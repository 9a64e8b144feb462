import { signInToApi } from './api-session.js';

/** The leader the sample's `leader` account is linked to in the tests (the sample plan names none). */
export const LEADER = '孙副市长';

export interface PortfolioItem {
  id: number;
  version: number;
  code: string;
  responsibility: { leadDepartment: { shortName: string } | null };
}

/**
 * The office enters 孙副市长 and puts two of 市科技局's items in their charge, and the system
 * administrator links the `leader` account to them. Returns the two items.
 */
export async function giveTheLeaderAPortfolio(baseUrl: string): Promise<PortfolioItem[]> {
  const office = await signInToApi(baseUrl, 'hq');
  const { person } = await office.request<{ person: { id: number } }>('POST', '/api/people', { kind: 'leader', name: LEADER, title: '副市长' });
  const { items } = await office.request<{ items: PortfolioItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
  const led = items.filter((item) => item.responsibility.leadDepartment?.shortName === '市科技局').slice(0, 2);
  for (const item of led) await office.request('PATCH', `/api/items/${item.id}`, { version: item.version, leaderPersonId: person.id });
  const admin = await signInToApi(baseUrl, 'sysadmin');
  const { users } = await admin.request<{ users: { id: number; username: string; version: number }[] }>('GET', '/api/users?role=leader');
  const account = users.find((user) => user.username === 'leader')!;
  await admin.request('PATCH', `/api/users/${account.id}`, { version: account.version, personId: person.id });
  return led;
}
