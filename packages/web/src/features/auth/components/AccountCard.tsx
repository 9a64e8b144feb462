import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';

interface AccountCardProps {
  title: string;
  subtitle: string;
  /** Shown when the session may do nothing else first (a forced password change, a required second factor). */
  forcedNotice: string | null;
  children: ReactNode;
}

/** The frame of the pages about one's own account, outside the shell: like the login page, one card. */
export function AccountCard({ title, subtitle, forcedNotice, children }: AccountCardProps) {
  return (
    <div className="login-page login-page--single">
      <div className="login-page__language">
        <LanguageSwitch />
      </div>
      <main className="login-page__panel">
        <div className="login-card">
          <h1 className="login-card__title">{title}</h1>
          <p className="login-card__subtitle">{subtitle}</p>
          {forcedNotice && <Alert type="warning" showIcon title={forcedNotice} className="login-form__error" />}
          {children}
        </div>
      </main>
    </div>
  );
}
