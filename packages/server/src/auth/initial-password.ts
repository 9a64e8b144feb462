import { randomInt } from 'node:crypto';
import { countCharacterClasses, findPasswordProblem } from './password-policy.js';

// Letters and digits that cannot be misread when the password is read out or copied by hand (no 0/O, 1/l/I).
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const ALPHABET = UPPER + LOWER + DIGITS;

function group(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}

/**
 * A random initial password the administrator hands over once (the user must change it at first login):
 * three groups of four, e.g. `Kp7d-x3Mq-9tRa` (≈ 70 bits), always passing the password rule.
 */
export function generateInitialPassword(): string {
  for (;;) {
    const password = [group(4), group(4), group(4)].join('-');
    if (countCharacterClasses(password) === 4 && findPasswordProblem(password) === null) return password;
  }
}
