/** 13812345678 → 138****5678: enough to recognise a number, not to dial it. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length <= 7 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
