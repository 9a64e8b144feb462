import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Role } from '@plantrack/contract/enums';
import { MessagePanel } from '../../../ui/MessagePanel';
import { useSignedInUser } from '../hooks/useSignedInUser';

/** A page only some roles may use; others are told so plainly (the server would refuse them anyway). */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: React.ReactNode }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  if (roles.includes(user.role)) return <>{children}</>;
  return (
    <MessagePanel
      tone="forbidden"
      headingLevel={1}
      title={t('errors.forbiddenTitle')}
      action={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    >
      {t('errors.forbidden', { role: t(`roles.${user.role}`) })}
    </MessagePanel>
  );
}
