import { ROLES, type Role } from '@plantrack/contract/enums';

/** The seven roles of PRODUCT.md (declared once, in the contract). The three IT administrators (三权分立) never edit plan data. */
export { ROLES, type Role };

export const ROLE_NAMES_ZH: Record<Role, string> = {
  hq: '指挥部办公室',
  leader: '市领导',
  dept_manager: '部门负责人',
  dept_staff: '部门填报员',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

/** Everyone who works on the plan (the capability tables' readers); departments further limited to their own items. */
export const PLAN_READERS: Role[] = ['hq', 'leader', 'dept_manager', 'dept_staff'];
export const DEPARTMENT_ROLES: Role[] = ['dept_manager', 'dept_staff'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function needsDepartment(role: Role): boolean {
  return DEPARTMENT_ROLES.includes(role);
}

/** A city leader's account may be linked to the 市领导 (person) it belongs to: their portfolio, their instructions. */
export function mayLinkToLeader(role: Role): boolean {
  return role === 'leader';
}

/** The three IT administrators (三权分立): only the security administrator may hand these roles out. */
export const ADMIN_ROLES: Role[] = ['sysadmin', 'secadmin', 'auditor'];

export function isAdminRole(role: string): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

/** Who may read the organisation's directory (departments, sections): plan readers and the administrator who sets up accounts. */
export const DIRECTORY_READERS: Role[] = [...PLAN_READERS, 'sysadmin'];
