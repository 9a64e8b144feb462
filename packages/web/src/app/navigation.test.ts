import { describe, expect, it } from 'vitest';
import { navigationFor, rolesForPath } from './navigation';

const pathsOf = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((entry) => entry.path);

describe('the menu', () => {
  it('the office reaches the rules page it may change, as the system administrator does', () => {
    expect(pathsOf('hq')).toContain('/admin/settings');
    expect(pathsOf('sysadmin')).toContain('/admin/settings');
    expect(rolesForPath('/admin/settings')).toEqual(expect.arrayContaining(['hq', 'sysadmin']));
  });

  it('leaders, departments, the security administrator and the auditor have no rules page in their menu', () => {
    for (const role of ['leader', 'dept_manager', 'dept_staff', 'secadmin', 'auditor'] as const) expect(pathsOf(role)).not.toContain('/admin/settings');
  });
});
