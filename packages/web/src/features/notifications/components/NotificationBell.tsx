import './notification-bell.css';
import { Suspense, lazy, useCallback, useRef, useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { HeaderPopover } from '../../../ui/HeaderPopover';
import { useSignedInUser } from '../../auth/hooks/useSignedInUser';
import { NOTIFIED_ROLES } from '../notification-access';
import { useUnreadCount } from '../hooks/useUnreadCount';

// The list is its own chunk, loaded when the bell is first opened: the header carries only the button.
const NotificationList = lazy(async () => ({ default: (await import('./NotificationList')).NotificationList }));

/**
 * The signed-in user's notifications in the header: a bell with the unread count (polled once a minute
 * and on returning to the tab), a list on click (its own chunk, which also opens notifications:
 * the header carries only the button).
 * Roles that are never notified (the IT administrators) get no bell.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const isNotified = NOTIFIED_ROLES.includes(user.role);
  const unread = useUnreadCount({ enabled: isNotified });
  const [isOpen, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const dismiss = useCallback(() => setOpen(false), []);
  if (!isNotified) return null;

  const count = unread.data ?? 0;
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <HeaderPopover
      isOpen={isOpen}
      onClose={dismiss}
      triggerRef={trigger}
      trigger={
        <Button
          ref={trigger}
          type="text"
          className="notification-bell"
          aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bellNone')}
          aria-haspopup="dialog"
          aria-expanded={isOpen}
          onClick={() => setOpen(!isOpen)}
        >
          <BellOutlined aria-hidden="true" />
          {count > 0 && (
            <span className="notification-bell__badge" aria-hidden="true">
              {count > 99 ? '99+' : count}
            </span>
          )}
        </Button>
      }
    >
      <Suspense fallback={<p className="notification-list__empty">{t('common.loading')}</p>}>
        <NotificationList onClose={close} onLeave={dismiss} />
      </Suspense>
    </HeaderPopover>
  );
}
