import { z } from 'zod';
import { AppError } from '../shared/app-error.js';
import { isCommonPassword } from './common-passwords.js';

/**
 * The password rule, in one place for the API, the command line and the sample accounts, as 等保
 * assessors check it: 8–128 characters, at least three of the four character classes (lower case,
 * upper case, digits, other), not on the list of common passwords, not the login name itself.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'too_common' | 'same_as_username';

const PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `密码至少 ${PASSWORD_MIN_LENGTH} 位 (at least ${PASSWORD_MIN_LENGTH} characters)`,
  too_long: `密码最多 ${PASSWORD_MAX_LENGTH} 位 (at most ${PASSWORD_MAX_LENGTH} characters)`,
  too_few_classes: '密码须包含大写字母、小写字母、数字、符号中的至少三类 (at least three of: upper case, lower case, digits, symbols)',
  too_common: '该密码过于常见，容易被猜中，请换一个 (a common password, easily guessed)',
  same_as_username: '密码不能与登录名相同 (must not be the login name)',
};

export function countCharacterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length;
}

/** The first rule the password breaks, or null when it is acceptable. */
export function findPasswordProblem(password: string, username?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (countCharacterClasses(password) < PASSWORD_MIN_CLASSES) return 'too_few_classes';
  if (isCommonPassword(password)) return 'too_common';
  if (username && password.toLowerCase() === username.toLowerCase()) return 'same_as_username';
  return null;
}

export function passwordProblemMessage(problem: PasswordProblem): string {
  return PROBLEM_MESSAGES[problem];
}

/** A new password in a request body; a broken rule is a 400 naming the field and the rule. */
export const NewPassword = z.string().superRefine((password, ctx) => {
  const problem = findPasswordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: PROBLEM_MESSAGES[problem], params: { rule: problem } });
});

/** For passwords that did not come through a route's schema (the command line), and for the login-name rule. */
export function requirePasswordPolicy(password: string, username?: string, field = 'password'): void {
  const problem = findPasswordProblem(password, username);
  if (problem) throw new AppError('VALIDATION_FAILED', { field, rule: problem, reason: PROBLEM_MESSAGES[problem] });
}
