import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '@plantrack/contract/users/users.contract';

export interface UserActionHandlers {
  onEdit: (user: UserAccount) => void;
  onSetActive: (user: UserAccount, isActive: boolean) => void;
  onResetPassword: (user: UserAccount) => void;
  onResetTotp: (user: UserAccount) => void;
}

/** Only the actions the server says this caller may take on this account (its `policies`). */
export function UserActions({ user, handlers }: { user: UserAccount; handlers: UserActionHandlers }) {
  const { t } = useTranslation();
  const { canEdit, canChangeRole, canResetPassword, canResetTotp } = user.policies;
  if (!canEdit && !canChangeRole && !canResetPassword && !canResetTotp) return <span className="muted">{t('users.noActions')}</span>;
  const name = { username: user.username };
  // The visible text first, then whose account: the accessible name contains what is seen (WCAG 2.5.3).
  const labelled = (text: string) => ({ 'aria-label': `${text} ${user.username}`, autoInsertSpace: false, children: text });
  return (
    <Space size={4} wrap>
      {(canEdit || canChangeRole) && (
        <Button size="small" onClick={() => handlers.onEdit(user)} {...labelled(canEdit ? t('common.edit') : t('users.changeRole'))} />
      )}
      {canEdit && (
        <Popconfirm
          title={t(user.isActive ? 'users.disableConfirm' : 'users.enableConfirm', name)}
          okText={t(user.isActive ? 'users.disable' : 'users.enable')}
          cancelText={t('common.cancel')}
          onConfirm={() => handlers.onSetActive(user, !user.isActive)}
        >
          <Button size="small" danger={user.isActive} {...labelled(t(user.isActive ? 'users.disable' : 'users.enable'))} />
        </Popconfirm>
      )}
      {canResetPassword && (
        <Popconfirm
          title={t('users.resetPasswordConfirm', name)}
          okText={t('users.resetPassword')}
          cancelText={t('common.cancel')}
          onConfirm={() => handlers.onResetPassword(user)}
        >
          <Button size="small" {...labelled(t('users.resetPassword'))} />
        </Popconfirm>
      )}
      {canResetTotp && user.hasTotp !== false && (
        <Popconfirm
          title={t('users.resetTotpConfirm', name)}
          okText={t('users.resetTotp')}
          cancelText={t('common.cancel')}
          onConfirm={() => handlers.onResetTotp(user)}
        >
          <Button size="small" {...labelled(t('users.resetTotp'))} />
        </Popconfirm>
      )}
    </Space>
  );
}
