import { useCallback, useRef, useState } from 'react';
import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { errorText } from '../../../ui/error-text';
import { HeaderPopover } from '../../../ui/HeaderPopover';
import { CHANGE_PASSWORD_PATH, TOTP_ENROLMENT_PATH } from './RequireAuth';
import { useLogout } from '../hooks/useLogout';
import { useSignedInUser } from '../hooks/useSignedInUser';

/** Who is signed in, in which role and department; sign out. */
export function UserMenu({ isCompact }: { isCompact: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [isOpen, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const dismiss = useCallback(() => setOpen(false), []);

  const handleLogout = () => {
    logout.mutate(undefined, { onSuccess: () => navigate('/login', { replace: true }) });
  };

  const role = t(`roles.${user.role}`);
  const goTo = (path: string) => {
    setOpen(false);
    navigate(`${path}?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`);
  };
  const content = (
    <div className="user-menu">
      <div className="user-menu__name">{user.displayName}</div>
      <div className="user-menu__role">
        {role}
        {user.department ? ` · ${user.department.name}` : ''}
      </div>
      <div className="user-menu__username">{user.username}</div>
      <Button block icon={<KeyOutlined aria-hidden="true" />} onClick={() => goTo(CHANGE_PASSWORD_PATH)} className="user-menu__logout">
        {t('password.menu')}
      </Button>
      <Button block icon={<SafetyOutlined aria-hidden="true" />} onClick={() => goTo(TOTP_ENROLMENT_PATH)} className="user-menu__logout">
        {t('account.menu')}
      </Button>
      <Button block icon={<LogoutOutlined aria-hidden="true" />} onClick={handleLogout} loading={logout.isPending} className="user-menu__logout">
        {t('auth.logout')}
      </Button>
      {logout.error && (
        <p className="user-menu__error" role="alert">
          {errorText(logout.error, t)}
        </p>
      )}
    </div>
  );

  return (
    <HeaderPopover
      isOpen={isOpen}
      onClose={dismiss}
      triggerRef={trigger}
      label={t('shell.userMenu', { name: user.displayName })}
      trigger={
        <Button
          ref={trigger}
          onClick={() => setOpen(!isOpen)}
          type="text"
          className="user-menu__trigger"
          // On a phone only the icon shows, so the button needs a name; otherwise its visible text is the name.
          aria-label={isCompact ? t('shell.userMenu', { name: user.displayName }) : undefined}
          aria-expanded={isOpen}
          aria-haspopup="dialog"
        >
          <UserOutlined aria-hidden="true" />
          {!isCompact && (
            <span className="user-menu__label">
              {user.displayName}
              <span className="user-menu__label-role">{role}</span>
            </span>
          )}
          <DownOutlined aria-hidden="true" className="user-menu__caret" />
        </Button>
      }
    >
      {content}
    </HeaderPopover>
  );
}
