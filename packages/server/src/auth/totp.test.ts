import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, generateTotpSecret, hotp, matchTotpStep, otpauthUri, totpCodeAt, totpStepAt } from './totp.js';

// RFC 6238 appendix B: the SHA-1 key is the ASCII string "12345678901234567890".
const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');
const RFC_SECRET = base32Encode(RFC_KEY);

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('at %i seconds the 8-digit SHA-1 code is %s, as in the RFC test vectors', (seconds, code) => {
    expect(hotp(RFC_KEY, totpStepAt(seconds * 1000), 8)).toBe(code);
  });

  it('the 6-digit code apps show is the last six digits of the RFC value', () => {
    expect(totpCodeAt(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCodeAt(RFC_SECRET, 1111111109_000)).toBe('081804');
  });

  it('accepts the code of the previous and next 30-second step for clock drift, not two steps away', () => {
    const now = 1_700_000_000_000;
    const step = totpStepAt(now);
    expect(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now + 30_000), now)).toBe(step + 1);
    expect(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now - 60_000), now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('base32 round-trips and matches RFC 4648', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it('the otpauth URI names the issuer, the account and the parameters apps need', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'wang');
    expect(uri).toBe('otpauth://totp/PlanTrack%3Awang?secret=JBSWY3DPEHPK3PXP&issuer=PlanTrack&algorithm=SHA1&digits=6&period=30');
  });
});
