import { z } from 'zod';
import { NewPassword } from '../auth/password-policy.js';
import { ROLES } from '../auth/roles.js';
import { VersionField } from '../shared/schemas.js';

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

export const UserListQuery = z.strictObject({ role: z.enum(ROLES).optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserCreate = z
  .strictObject({
    username: Username,
    password: NewPassword,
    role: z.enum(ROLES),
    displayName: DisplayName,
    departmentId: DepartmentId,
    personId: PersonId,
    email: Email,
  })
  .partial()
  // Without a password the server draws a random initial one and answers it once (initialPassword).
  .required({ username: true, role: true });
export type UserCreate = z.infer<typeof UserCreate>;

export const UserPatch = z
  .strictObject({
    version: VersionField,
    displayName: DisplayName,
    departmentId: DepartmentId,
    personId: PersonId,
    email: Email,
    isActive: z.boolean(),
    role: z.enum(ROLES),
  })
  .partial()
  .required({ version: true });
export type UserPatch = z.infer<typeof UserPatch>;

/** Without a password the server draws a random initial one and answers it once (initialPassword). */
export const PasswordReset = z.strictObject({ version: VersionField, password: NewPassword.optional() });
export type PasswordReset = z.infer<typeof PasswordReset>;
