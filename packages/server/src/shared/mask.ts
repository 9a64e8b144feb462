/** 13812345678 → 138****5678: enough to recognise a number, not to dial it. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length <= 7 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** zhang.san@example.gov.cn → z***@example.gov.cn: the domain says where, not who. */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.lastIndexOf('@');
  return at <= 0 ? '****' : `${email.slice(0, 1)}***${email.slice(at)}`;
}
