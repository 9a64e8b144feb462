import { z } from 'zod';
import { AppError } from '../shared/app-error.js';

/** The password rule, in one place for the API and the command line. More rules (character classes, history) come later. */
export const PASSWORD_MIN_LENGTH = 8;

export const NewPassword = z.string().min(PASSWORD_MIN_LENGTH, `密码至少 ${PASSWORD_MIN_LENGTH} 位`).max(256);

export function requirePasswordPolicy(password: string): void {
  const result = NewPassword.safeParse(password);
  if (!result.success) throw new AppError('VALIDATION_FAILED', { field: 'password', reason: result.error.issues[0]?.message });
}
