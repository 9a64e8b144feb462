import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { requireSecretKeys } from '../keys/secret-keys.js';
import { LruCache } from './lru-cache.js';

/**
 * Personal data at rest (phones, e-mail addresses), encrypted with SM4 (GB/T 32907) under the data
 * key, which lives outside the database. Node 20's OpenSSL has no sm4-gcm, so this is SM4-CBC with a
 * random IV, authenticated encrypt-then-MAC with HMAC-SM3 over version, IV and ciphertext.
 *
 * Stored form: `sm4:1:` + base64url(iv ‖ ciphertext ‖ tag). The version lets a later scheme or key
 * coexist with this one. Text without the prefix is legacy plaintext and reads back as it is.
 */
const PREFIX = 'sm4:1:';
const IV_BYTES = 16;
const TAG_BYTES = 32;

interface FieldKeys {
  cipher: Buffer;
  mac: Buffer;
}

let derived: { from: Buffer; keys: FieldKeys } | null = null;

/**
 * Plaintexts of fields decrypted lately, by stored form. Every list page decrypts the same staff phones
 * again (an HMAC and an SM4 decryption a row); the stored form carries a random IV and its own tag, so
 * it names one value under one key. Emptied when the data key changes. Bounded: a province has a few
 * thousand staff.
 */
let decrypted = new LruCache<string, string>(20_000);

/** Separate keys for encryption and authentication, both derived from the one data key. */
function fieldKeys(): FieldKeys {
  const dataKey = requireSecretKeys().data;
  if (derived?.from !== dataKey) {
    const derive = (label: string) => createHmac('sm3', dataKey).update(label).digest();
    derived = { from: dataKey, keys: { cipher: derive('plantrack field sm4').subarray(0, 16), mac: derive('plantrack field hmac') } };
    decrypted = new LruCache<string, string>(decrypted.capacity);
  }
  return derived.keys;
}

function tagOf(mac: Buffer, iv: Buffer, ciphertext: Buffer): Buffer {
  return createHmac('sm3', mac).update(PREFIX).update(iv).update(ciphertext).digest();
}

export function isEncryptedField(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function encryptField(plaintext: string): string;
export function encryptField(plaintext: string | null): string | null;
export function encryptField(plaintext: string | null): string | null {
  if (plaintext === null) return null;
  const { cipher, mac } = fieldKeys();
  const iv = randomBytes(IV_BYTES);
  const encryptor = createCipheriv('sm4-cbc', cipher, iv);
  const ciphertext = Buffer.concat([encryptor.update(plaintext, 'utf8'), encryptor.final()]);
  return PREFIX + Buffer.concat([iv, ciphertext, tagOf(mac, iv, ciphertext)]).toString('base64url');
}

export function decryptField(stored: string): string;
export function decryptField(stored: string | null): string | null;
export function decryptField(stored: string | null): string | null {
  if (stored === null || !isEncryptedField(stored)) return stored;
  const { cipher, mac } = fieldKeys();
  const known = decrypted.get(stored);
  if (known !== undefined) return known;
  const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64url');
  const iv = bytes.subarray(0, IV_BYTES);
  const ciphertext = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  // One SM4 block at least; then the tag, compared in constant time.
  if (ciphertext.length < 16 || !timingSafeEqual(tag, tagOf(mac, iv, ciphertext))) {
    throw new Error('encrypted field failed authentication (wrong PLANTRACK_DATA_KEY, or the value was altered)');
  }
  const decryptor = createDecipheriv('sm4-cbc', cipher, iv);
  const plaintext = Buffer.concat([decryptor.update(ciphertext), decryptor.final()]).toString('utf8');
  decrypted.set(stored, plaintext);
  return plaintext;
}
