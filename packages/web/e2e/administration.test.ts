import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../server/src/auth/totp.js';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signIn, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

const USERNAME = 'e2e_kjj_clerk';
const NEW_PASSWORD = 'Clerk-own-pass-42';

/** Signs in through the form with any password; the one-time code field is filled when it appears. */
async function signInWith(page: Page, username: string, password: string, code?: () => string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  if (code) {
    const field = page.getByLabel('动态验证码');
    await field.waitFor();
    await field.fill(code());
    await page.getByRole('button', { name: /登\s*录/ }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('administration: accounts, the security policy and two-step verification', () => {
  const env = useServerAndBrowser();

  it('a department user created by the system administrator changes the one-time password, enrols an authenticator when required, then signs in with a code', async () => {
    // The system administrator creates the account and is shown the initial password once.
    const admin = await openSession(env.browser, env.server.baseUrl);
    await signIn(admin.page, 'sysadmin');
    await admin.page.goto('/admin/users');
    await settle(admin.page);
    expect(await findSeriousAccessibilityProblems(admin.page)).toEqual([]);
    await admin.page.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.page.getByRole('dialog');
    await dialog.getByLabel('登录名').fill(USERNAME);
    await dialog.getByLabel('姓名').fill('科技局新填报员');
    const department = dialog.getByLabel('所属部门');
    await department.click();
    await department.fill('科技局');
    await admin.page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: '新建用户' }).click();
    const shown = admin.page.getByTestId('initial-password');
    await shown.waitFor();
    const initialPassword = (await shown.textContent())!.trim();
    expect(initialPassword).toMatch(/^\S{4}-\S{4}-\S{4}$/);
    await admin.page.getByRole('button', { name: '我已记下' }).click();
    await expect.poll(() => admin.page.getByRole('cell', { name: USERNAME, exact: true }).count()).toBe(1);
    expect(admin.pageErrors).toEqual([]);

    // The user signs in with it, must change it, and lands on the department's home.
    const clerk = await openSession(env.browser, env.server.baseUrl);
    await signInWith(clerk.page, USERNAME, initialPassword);
    await clerk.page.waitForURL((url) => url.pathname === '/account/password');
    await clerk.page.getByLabel('当前密码').fill(initialPassword);
    await clerk.page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await clerk.page.getByLabel('确认新密码').fill(NEW_PASSWORD);
    await clerk.page.getByRole('button', { name: '修改密码并继续' }).click();
    await clerk.page.waitForURL((url) => url.pathname === '/reporting');
    await clerk.context.close();

    // The security administrator requires a second factor of department staff.
    const security = await openSession(env.browser, env.server.baseUrl);
    await signIn(security.page, 'secadmin');
    await security.page.goto('/admin/security');
    await settle(security.page);
    expect(await findSeriousAccessibilityProblems(security.page)).toEqual([]);
    await security.page.getByRole('checkbox', { name: '部门填报员' }).check();
    await security.page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => security.page.getByText('安全策略已保存').count()).toBe(1);
    expect(security.pageErrors).toEqual([]);

    // At the next sign-in the user is taken to enrolment, enrols, and continues.
    const enrolling = await openSession(env.browser, env.server.baseUrl);
    await signInWith(enrolling.page, USERNAME, NEW_PASSWORD);
    await enrolling.page.waitForURL((url) => url.pathname === '/account/totp');
    await settle(enrolling.page);
    await enrolling.page.getByTestId('totp-qr').waitFor();
    expect(await findSeriousAccessibilityProblems(enrolling.page)).toEqual([]);
    const secret = (await enrolling.page.getByTestId('totp-secret').getAttribute('data-secret'))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await enrolling.page.getByLabel('6 位动态验证码').fill('000000' === totpCodeAt(secret, Date.now()) ? '111111' : '000000');
    await enrolling.page.getByRole('button', { name: '完成绑定' }).click();
    await expect.poll(() => enrolling.page.getByText('验证码不正确').count()).toBe(1);
    await enrolling.page.getByLabel('6 位动态验证码').fill(totpCodeAt(secret, Date.now()));
    await enrolling.page.getByRole('button', { name: '完成绑定' }).click();
    await enrolling.page.waitForURL((url) => url.pathname === '/reporting');
    expect(enrolling.pageErrors).toEqual([]);
    await enrolling.context.close();

    // Later sign-ins ask for the code after the password (the enrolment's code is used up: the next step's code).
    const later = await openSession(env.browser, env.server.baseUrl);
    await signInWith(later.page, USERNAME, NEW_PASSWORD, () => totpCodeAt(secret, Date.now() + 30_000));
    await later.page.waitForURL((url) => url.pathname === '/reporting');
    expect(later.pageErrors).toEqual([]);

    // The system administrator sees the second factor and may reset it.
    await admin.page.reload();
    await settle(admin.page);
    const row = admin.page.getByRole('row', { name: new RegExp(USERNAME) });
    await expect.poll(() => row.getByText('已绑定验证器').count()).toBe(1);
    expect(await row.getByRole('button', { name: `重置两步验证 ${USERNAME}` }).count()).toBe(1);
  });

  it('the system administrator links the leader account to its 市领导, and 我的分管 then shows that leader’s portfolio', async () => {
    // The sample plan names no leader; the office enters one.
    const office = await signInToApi(env.server.baseUrl, 'hq');
    await office.request('POST', '/api/people', { kind: 'leader', name: '孙副市长', title: '副市长' });

    const admin = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(admin.context, 'sysadmin');
    await admin.page.goto('/admin/users');
    await settle(admin.page);
    await admin.page.getByRole('button', { name: '编辑 leader', exact: true }).click();
    const dialog = admin.page.getByRole('dialog');
    const person = dialog.getByLabel('对应市领导');
    await person.click();
    await person.fill('孙副市长');
    await admin.page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(admin.pageErrors).toEqual([]);

    const leader = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(leader.context, 'leader');
    await leader.page.goto('/portfolio');
    await settle(leader.page);
    expect(await leader.page.getByText('尚未关联分管信息').count()).toBe(0);
    await expect.poll(() => leader.page.locator('#status').count()).toBe(1);
  });

  it('the auditor has no users page in the menu, and the security administrator assigns roles but creates no accounts', async () => {
    const auditor = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(auditor.context, 'auditor');
    await auditor.page.goto('/');
    await settle(auditor.page);
    expect(await auditor.page.getByRole('link', { name: '用户管理' }).count()).toBe(0);

    const security = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(security.context, 'secadmin');
    await security.page.goto('/admin/users');
    await settle(security.page);
    expect(await security.page.getByRole('link', { name: '用户管理' }).count()).toBeGreaterThan(0);
    expect(await security.page.getByRole('button', { name: '新建用户' }).count()).toBe(0);
    expect(await security.page.getByRole('button', { name: /^分配角色 / }).count()).toBeGreaterThan(0);
    expect(await security.page.getByRole('button', { name: /^重置密码 / }).count()).toBe(0);
  });
});
