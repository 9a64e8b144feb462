import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../ui/StatusTag';
import type { UserAccount } from '@plantrack/contract/users/users.contract';
import { isLocked } from './user-filter';

/** 正常 / 已停用, and what else an administrator should know: locked, must change the password, second factor. */
export function UserStatusTags({ user, nowIso }: { user: UserAccount; nowIso: string }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <StatusTag colour={user.isActive ? 'green' : 'grey'}>{t(user.isActive ? 'users.statuses.active' : 'users.statuses.disabled')}</StatusTag>
      {isLocked(user, nowIso) && <StatusTag colour="red">{t('users.statuses.locked')}</StatusTag>}
      {user.mustChangePassword && <StatusTag colour="yellow">{t('users.statuses.mustChangePassword')}</StatusTag>}
      {user.hasTotp && <StatusTag colour="green">{t('users.hasTotp')}</StatusTag>}
    </Space>
  );
}
