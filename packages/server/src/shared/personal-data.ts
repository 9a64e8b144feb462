import { decryptField, encryptField, isEncryptedField } from './field-crypto.js';
import { maskEmail, maskPhone } from './mask.js';

/**
 * Records kept as JSON (the audit log's before and after) carry personal data under these names.
 * Such values are stored encrypted like the columns they come from, and shown masked.
 */
const PERSONAL_KEYS = new Set(['phone', 'staffPhone', 'contactPhone', 'email', 'mobile']);

function mapPersonal(value: unknown, atPersonalKey: string | null, leaf: (text: string, key: string) => string): unknown {
  if (typeof value === 'string') return atPersonalKey === null ? value : leaf(value, atPersonalKey);
  if (Array.isArray(value)) return value.map((element) => mapPersonal(element, atPersonalKey, leaf));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, mapPersonal(inner, atPersonalKey ?? (PERSONAL_KEYS.has(key) ? key : null), leaf)]),
  );
}

/** A copy with every personal value encrypted (values already encrypted are kept as they are). */
export function protectPersonalData(value: unknown): unknown {
  return mapPersonal(value, null, (text) => (isEncryptedField(text) ? text : encryptField(text)));
}

/** A copy with every personal value decrypted and masked; one that cannot be decrypted shows as ****. */
export function maskPersonalData(value: unknown): unknown {
  return mapPersonal(value, null, (text, key) => {
    let plain: string;
    try {
      plain = decryptField(text);
    } catch {
      return '****';
    }
    return (key === 'email' ? maskEmail(plain) : maskPhone(plain)) ?? '';
  });
}
