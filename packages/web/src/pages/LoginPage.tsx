import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { homePathFor } from '../app/navigation';
import { LanguageSwitch } from '../app/shell/LanguageSwitch';
import { LoginForm } from '../features/auth/components/LoginForm';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { safeNext } from '../shared/safe-next';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: user } = useCurrentUser();
  useDocumentTitle(t('auth.title'));
  const next = safeNext(params.get('next'));

  if (user) return <Navigate to={next ?? homePathFor(user.role)} replace />;

  return (
    <div className="login-page">
      <div className="login-page__language">
        <LanguageSwitch />
      </div>
      <section className="login-page__intro" aria-labelledby="login-intro-title">
        <div className="login-page__emblem" aria-hidden="true">
          <img src="/favicon.svg" alt="" width={56} height={56} />
        </div>
        <p className="login-page__eyebrow">{t('app.nameEn')}</p>
        <h2 id="login-intro-title" className="login-page__product">
          {t('app.name')}
        </h2>
        <p className="login-page__tagline">{t('app.tagline')}</p>
        <ul className="login-page__points">
          <li>{t('auth.points.ledgers')}</li>
          <li>{t('auth.points.chain')}</li>
          <li>{t('auth.points.quarterly')}</li>
          <li>{t('auth.points.indicators')}</li>
        </ul>
      </section>
      <main className="login-page__panel">
        <div className="login-card">
          <h1 className="login-card__title">{t('auth.title')}</h1>
          <p className="login-card__subtitle">{t('auth.subtitle')}</p>
          <LoginForm onSignedIn={(signedIn) => navigate(next ?? homePathFor(signedIn.role), { replace: true })} />
          <p className="login-card__help">{t('auth.help')}</p>
          <p className="login-card__help">
            <Link to="/public">{t('public.link')}</Link>
          </p>
        </div>
      </main>
    </div>
  );
}
