import { describe, expect, it } from 'vitest';
import { countCharacterClasses, findPasswordProblem } from './password-policy.js';
import { isCommonPassword } from './common-passwords.js';

describe('the password rule', () => {
  it('accepts 8 to 128 characters of at least three character classes', () => {
    expect(findPasswordProblem('Demo-pass-2024')).toBeNull();
    expect(findPasswordProblem('abcD1234')).toBe('too_common');
    expect(findPasswordProblem('kiteRise7')).toBeNull();
    expect(findPasswordProblem('长城-Great-Wall')).toBeNull();
    expect(findPasswordProblem(`Aa1-${'x'.repeat(124)}`)).toBeNull();
  });

  it('refuses short, overlong and one- or two-class passwords', () => {
    expect(findPasswordProblem('Ab1-xyz')).toBe('too_short');
    expect(findPasswordProblem(`Aa1-${'x'.repeat(125)}`)).toBe('too_long');
    expect(findPasswordProblem('alllowercase')).toBe('too_few_classes');
    expect(findPasswordProblem('lowercase123')).toBe('too_few_classes');
    expect(findPasswordProblem('UPPER-CASE-!')).toBe('too_few_classes');
    expect(countCharacterClasses('aA1!')).toBe(4);
  });

  it('refuses common passwords in any letter case, even when they look complex', () => {
    for (const password of ['P@ssw0rd', 'Admin@123', '1qaz@WSX', 'Woaini1314', 'Password123!', 'qwertyuiop']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
    expect(findPasswordProblem('P@ssw0rd')).toBe('too_common');
    expect(findPasswordProblem('ADMIN@123')).toBe('too_common');
    expect(findPasswordProblem('1qaz@WSX')).toBe('too_common');
    expect(isCommonPassword('Demo-pass-2024')).toBe(false);
  });

  it('refuses the login name as its own password', () => {
    expect(findPasswordProblem('Wang_staff-2024', 'wang_staff-2024')).toBe('same_as_username');
    expect(findPasswordProblem('Wang_staff-2024', 'wang_staff')).toBeNull();
  });
});
