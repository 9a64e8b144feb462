/**
 * What the logs must never hold (等保: personal data and credentials stay out of logs): any field with
 * one of these names, at any depth a request body or log object reaches, and the session headers.
 */
const SENSITIVE_FIELDS = [
  'phone',
  'staffPhone',
  'mobile',
  'email',
  'password',
  'newPassword',
  'currentPassword',
  'totp',
  'totpCode',
  'totpSecret',
  'secret',
  'otpauthUri',
  'initialPassword',
];
const MAX_DEPTH = 5;

function atAnyDepth(field: string): string[] {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => [...Array<string>(depth).fill('*'), field].join('.'));
}

export const LOG_REDACTION = {
  paths: [
    'req.headers.cookie',
    'req.headers.authorization',
    'req.headers["x-csrf-token"]',
    'res.headers["set-cookie"]',
    ...SENSITIVE_FIELDS.flatMap(atAnyDepth),
  ],
  censor: '[Redacted]',
};
