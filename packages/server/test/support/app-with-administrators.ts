import type { PlanFixture } from './factories.js';
import { buildPlan, buildUser, TEST_PASSWORD } from './factories.js';
import type { Session, TestApp } from './test-app.js';
import { createTestApp, loginAs } from './test-app.js';

export interface AppWithAdministrators {
  t: TestApp;
  plan: PlanFixture;
  secadmin: Session;
  sysadmin: Session;
}

/** A test app with a plan and the security and system administrators signed in: the login-security tests' start. */
export async function startAppWithAdministrators(): Promise<AppWithAdministrators> {
  const t = await createTestApp();
  const plan = await buildPlan(t.db);
  const secadmin = await loginAs(t.app, (await buildUser(t.db, plan, 'secadmin')).username, TEST_PASSWORD);
  const sysadmin = await loginAs(t.app, (await buildUser(t.db, plan, 'sysadmin')).username, TEST_PASSWORD);
  return { t, plan, secadmin, sysadmin };
}
