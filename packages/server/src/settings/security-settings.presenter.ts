import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH } from '../auth/password-policy.js';
import type { FixedSecurityPolicy } from '@plantrack/contract/settings/security-settings.contract';
import type { AppConfig } from '../config.js';

/**
 * The parts of the security policy that are not settings (the password rule in code, the session's
 * absolute lifetime and the per-address login throttle from the environment), shown beside the
 * settings so the security administrator sees the whole policy in one place.
 */
export function presentFixedSecurityPolicy(config: Pick<AppConfig, 'sessionHours' | 'rateLimits'>): FixedSecurityPolicy {
  const perIp = config.rateLimits.loginFailuresPerIp;
  return {
    passwordMinLength: PASSWORD_MIN_LENGTH,
    passwordMaxLength: PASSWORD_MAX_LENGTH,
    passwordMinClasses: PASSWORD_MIN_CLASSES,
    sessionHours: config.sessionHours,
    loginFailuresPerIp: perIp.limit,
    loginFailuresWindowMinutes: perIp.windowSeconds / 60,
  };
}
