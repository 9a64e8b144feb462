import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { homePathFor } from '../app/navigation';
import { AccountCard } from '../features/auth/components/AccountCard';
import { ChangePasswordForm } from '../features/auth/components/ChangePasswordForm';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { safeNext } from '../shared/safe-next';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';

/** Change your own password; a session that must do so first is sent here and continues afterwards. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('password.title'));
  const isForced = user.restriction === 'password_change';

  return (
    <AccountCard
      title={t('password.title')}
      subtitle={t('password.subtitle', { name: user.displayName })}
      forcedNotice={isForced ? t('password.forced') : null}
    >
      <ChangePasswordForm onChanged={() => navigate(next ?? homePathFor(user.role), { replace: true })} />
      {!isForced && (
        <Button type="link" block onClick={() => navigate(next ?? homePathFor(user.role))}>
          {t('common.cancel')}
        </Button>
      )}
    </AccountCard>
  );
}
