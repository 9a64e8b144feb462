import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { homePathFor } from '../app/navigation';
import { LanguageSwitch } from '../app/shell/LanguageSwitch';
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
    <div className="login-page login-page--single">
      <div className="login-page__language">
        <LanguageSwitch />
      </div>
      <main className="login-page__panel">
        <div className="login-card">
          <h1 className="login-card__title">{t('password.title')}</h1>
          <p className="login-card__subtitle">{t('password.subtitle', { name: user.displayName })}</p>
          {isForced && <Alert type="warning" showIcon title={t('password.forced')} className="login-form__error" />}
          <ChangePasswordForm onChanged={() => navigate(next ?? homePathFor(user.role), { replace: true })} />
          {!isForced && (
            <Button type="link" block onClick={() => navigate(next ?? homePathFor(user.role))}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </main>
    </div>
  );
}
