import { describe, expect, it } from 'vitest';
import { homePathFor, navigationFor, rolesForPath } from './navigation';

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

  it('department staff land on what they owe this quarter, leaders on their own areas, the office on the dashboard', () => {
    expect(homePathFor('dept_staff')).toBe('/reporting');
    expect(homePathFor('dept_manager')).toBe('/reporting');
    expect(homePathFor('leader')).toBe('/portfolio');
    expect(homePathFor('hq')).toBe('/dashboard');
    expect(homePathFor('auditor')).toBe('/admin/audit');
  });
});
