/** User accounts (三权分立: the system administrator keeps them, the security administrator assigns roles). */
import { z } from 'zod';
import { ROLES } from '../enums.js';
import { VersionField } from '../shared.contract.js';
import { NewPasswordText } from '../auth/auth.contract.js';

const Role = z.enum(ROLES);
const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,50}$/, '登录名为 2–50 位字母、数字、下划线、点或连字符');
const DisplayName = z.string().trim().min(1).max(100);
const DepartmentId = z.number().int().positive().nullable();
/** The 市领导 a leader account is (its portfolio, 我的分管); null for every other role. */
const PersonId = z.number().int().positive().nullable();
/** Where reminders go; null means none. Stored encrypted, shown masked. */
const Email = z.email('电子邮箱格式不正确').max(254).nullable();

export const UserListQuery = z.strictObject({ role: Role.optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserCreate = z
  .strictObject({
    username: Username,
    password: NewPasswordText,
    role: Role,
    displayName: DisplayName,
    departmentId: DepartmentId,
    personId: PersonId,
    email: Email,
  })
  .partial()
  // Without a password the server draws a random initial one and answers it once (initialPassword).
  .required({ username: true, role: true });
export type UserCreate = z.infer<typeof UserCreate>;
export type UserCreateInput = z.input<typeof UserCreate>;

export const UserPatch = z
  .strictObject({
    version: VersionField,
    displayName: DisplayName,
    departmentId: DepartmentId,
    personId: PersonId,
    email: Email,
    isActive: z.boolean(),
    role: Role,
  })
  .partial()
  .required({ version: true });
export type UserPatch = z.infer<typeof UserPatch>;
export type UserPatchInput = z.input<typeof UserPatch>;

/** Without a password the server draws a random initial one and answers it once (initialPassword). */
export const PasswordReset = z.strictObject({ version: VersionField, password: NewPasswordText.optional() });
export type PasswordReset = z.infer<typeof PasswordReset>;
export type PasswordResetInput = z.input<typeof PasswordReset>;

/** What the caller may do to one account; the server decides (users.policies.ts) and checks again. */
export const UserPolicies = z.object({ canEdit: z.boolean(), canResetPassword: z.boolean(), canResetTotp: z.boolean(), canChangeRole: z.boolean() });
export type UserPolicies = z.infer<typeof UserPolicies>;

/** A user as the administrators see it: never the password hash, the e-mail address masked. */
export const UserAccount = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    roleName: z.string().describe('角色中文名'),
    departmentId: z.number().int().nullable(),
    personId: z.number().int().nullable().describe('领导账号对应的市领导'),
    email: z.string().nullable().describe('打码，如 z***@example.gov.cn'),
    isActive: z.boolean(),
    mustChangePassword: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    version: z.number().int(),
    hasTotp: z.boolean().optional().describe('是否已绑定身份验证器（已知时）'),
    policies: UserPolicies,
  })
  .meta({ id: 'UserAccount' });
export type UserAccount = z.infer<typeof UserAccount>;

export const DepartmentChoice = z.object({ id: z.number().int(), name: z.string(), shortName: z.string() });
export type DepartmentChoice = z.infer<typeof DepartmentChoice>;
export const LeaderChoice = z.object({ id: z.number().int(), name: z.string(), title: z.string().nullable() });
export type LeaderChoice = z.infer<typeof LeaderChoice>;

/** What the caller may do on the list as a whole: create accounts, and which roles it may give. */
export const UserListPolicies = z.object({ canCreate: z.boolean(), assignableRoles: z.array(Role) });
export type UserListPolicies = z.infer<typeof UserListPolicies>;

/** The accounts, and the departments and leaders an account may be linked to (the security administrator does not read the directory). */
export const UserList = z.object({
  users: z.array(UserAccount),
  departments: z.array(DepartmentChoice),
  leaders: z.array(LeaderChoice),
  policies: UserListPolicies,
});
export type UserList = z.infer<typeof UserList>;

export const OneUser = z.object({ user: UserAccount });
export type OneUser = z.infer<typeof OneUser>;

/** The account and, when the server drew it, the initial password: shown once, never again. */
export const UserWithPassword = z.object({ user: UserAccount, initialPassword: z.string().optional() });
export type UserWithPassword = z.infer<typeof UserWithPassword>;
