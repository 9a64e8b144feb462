import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FixedSecurityPolicy as FixedPolicy } from '@plantrack/contract/settings/security-settings.contract';

/** What the policy also holds but this page does not set: the password rule, the session lifetime, the login throttle. */
export function FixedSecurityPolicy({ fixed }: { fixed: FixedPolicy }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'password', label: t('security.fixed.passwordRule'), children: t('security.fixed.passwordRuleValue', fixed) },
        { key: 'session', label: t('security.fixed.sessionHours'), children: t('security.fixed.sessionHoursValue', { hours: fixed.sessionHours }) },
        {
          key: 'throttle',
          label: t('security.fixed.loginThrottle'),
          children: t('security.fixed.loginThrottleValue', { limit: fixed.loginFailuresPerIp, minutes: fixed.loginFailuresWindowMinutes }),
        },
      ]}
    />
  );
}
