import { useMutation } from '@tanstack/react-query';
import { setupTotp } from '../api/auth.api';

/** POST /api/auth/totp/setup — the secret and the otpauth:// URI to show once. */
export function useSetupTotp() {
  return useMutation({ mutationFn: setupTotp });
}
