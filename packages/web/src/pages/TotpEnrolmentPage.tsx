import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { homePathFor } from '../app/navigation';
import { AccountCard } from '../features/auth/components/AccountCard';
import { TotpEnrolment } from '../features/auth/components/TotpEnrolment';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { safeNext } from '../shared/safe-next';

/** 两步验证: enrol an authenticator app; a session whose role requires one is sent here first and continues afterwards. */
export function TotpEnrolmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next')) ?? homePathFor(user.role);
  useDocumentTitle(t('account.title'));
  const isForced = user.restriction === 'totp_enrolment';
  const continueButton = (
    <Button type="link" block onClick={() => navigate(next)}>
      {isForced ? t('account.continue') : t('common.cancel')}
    </Button>
  );

  return (
    <AccountCard title={t('account.title')} subtitle={t('account.subtitle', { name: user.displayName })} forcedNotice={isForced ? t('account.forced') : null}>
      <TotpEnrolment onEnabled={() => navigate(next, { replace: true })} onAlreadyEnabled={isForced ? continueButton : null} />
      {!isForced && continueButton}
    </AccountCard>
  );
}
