import { beforeEach, describe, expect, it } from 'vitest';
import { installSecretKeys } from '../keys/secret-keys.js';
import { decryptField, encryptField } from './field-crypto.js';
import { maskPersonalData, protectPersonalData } from './personal-data.js';

const useDataKey = (hex: string) => installSecretKeys({ dataDir: '/nonexistent', keys: { audit: 'a1'.repeat(32), data: hex } });

beforeEach(() => useDataKey('d4'.repeat(32)));

describe('field encryption (SM4-CBC + HMAC-SM3)', () => {
  it('round-trips text, Chinese included, behind a versioned prefix', () => {
    for (const text of ['13812345678', '0631-5287000', '张三@例子.中国', '']) {
      const stored = encryptField(text);
      expect(stored).toMatch(/^sm4:1:[A-Za-z0-9_-]+$/);
      expect(stored).not.toContain(text || '\u0000');
      expect(decryptField(stored)).toBe(text);
    }
    expect(encryptField(null)).toBeNull();
    expect(decryptField(null)).toBeNull();
  });

  it('encrypts the same value differently each time (random IV)', () => {
    expect(encryptField('13812345678')).not.toBe(encryptField('13812345678'));
  });

  it('refuses a value that was altered, and one encrypted under another key', () => {
    const stored = encryptField('13812345678');
    const body = Buffer.from(stored.slice('sm4:1:'.length), 'base64url');
    body[20] = body[20]! ^ 1;
    expect(() => decryptField(`sm4:1:${body.toString('base64url')}`)).toThrow(/authentication/);
    expect(() => decryptField('sm4:1:AAAA')).toThrow(/authentication/);
    useDataKey('e5'.repeat(32));
    expect(() => decryptField(stored)).toThrow(/PLANTRACK_DATA_KEY/);
  });

  it('reads legacy plaintext as it is', () => {
    expect(decryptField('13812345678')).toBe('13812345678');
  });
});

describe('personal data inside JSON records', () => {
  it('encrypts phones and e-mail addresses at any depth, and masks them for display', () => {
    const record = {
      name: '李四',
      phone: '13812345678',
      staff: { phone: '0631-5287000' },
      changes: { staffPhone: { from: null, to: '13900001111' } },
      email: 'li@example.gov.cn',
    };
    const stored = protectPersonalData(record) as typeof record;
    expect(stored.name).toBe('李四');
    expect(JSON.stringify(stored)).not.toMatch(/13812345678|5287000|13900001111|li@example/);
    expect(protectPersonalData(stored)).toEqual(stored);
    expect(maskPersonalData(stored)).toEqual({
      name: '李四',
      phone: '138****5678',
      staff: { phone: '063****7000' },
      changes: { staffPhone: { from: null, to: '139****1111' } },
      email: 'l***@example.gov.cn',
    });
  });
});
