/** Enrolling one's own authenticator app (TOTP). */
import { z } from 'zod';
import { TotpCode } from './auth.contract.js';

export const TotpEnable = z.strictObject({ code: TotpCode });
export type TotpEnableInput = z.input<typeof TotpEnable>;

/** The secret being enrolled: as text for manual entry and as an otpauth:// URI for the QR code. */
export const TotpSetup = z.object({ secret: z.string(), otpauthUri: z.string() }).meta({ id: 'TotpSetup' });
export type TotpSetup = z.infer<typeof TotpSetup>;
