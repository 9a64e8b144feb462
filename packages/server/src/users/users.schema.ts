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

export const UserListQuery = z.strictObject({ role: z.enum(ROLES).optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserCreate = z
  .strictObject({ username: Username, password: NewPassword, role: z.enum(ROLES), displayName: DisplayName, departmentId: DepartmentId })
  .partial()
  .required({ username: true, password: true, role: true });
export type UserCreate = z.infer<typeof UserCreate>;

export const UserPatch = z
  .strictObject({ version: VersionField, displayName: DisplayName, departmentId: DepartmentId, isActive: z.boolean(), role: z.enum(ROLES) })
  .partial()
  .required({ version: true });
export type UserPatch = z.infer<typeof UserPatch>;

export const PasswordReset = z.strictObject({ version: VersionField, password: NewPassword });
export type PasswordReset = z.infer<typeof PasswordReset>;
