import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { SectionCard } from '../../../ui/SectionCard';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { UserAccount, UserList } from '@plantrack/contract/users/users.contract';
import { useResetUserPassword } from '../hooks/useResetUserPassword';
import { useResetUserTotp } from '../hooks/useResetUserTotp';
import { useUpdateUser } from '../hooks/useUpdateUser';
import { InitialPasswordModal } from './InitialPasswordModal';
import type { InitialPassword } from './InitialPasswordModal';
import { UserFilters } from './UserFilters';
import { filterUsers } from './user-filter';
import type { UserFilter } from './user-filter';
import { UserFormModal } from './UserFormModal';
import type { UserFormTarget } from './UserFormModal';
import { UsersTable } from './UsersTable';

/** The list with its filters, and every action on an account, each offered only where the server allows it. */
export function UserAdministration({ list, onReload }: { list: UserList; onReload: () => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<UserFilter>({});
  const [formTarget, setFormTarget] = useState<UserFormTarget | null>(null);
  const [initial, setInitial] = useState<InitialPassword | null>(null);
  const [messages, messageHolder] = message.useMessage();
  const update = useUpdateUser();
  const resetPassword = useResetUserPassword();
  const resetTotp = useResetUserTotp();
  const [nowIso] = useState(() => new Date().toISOString());
  const users = filterUsers(list.users, filter, nowIso);
  const actionError = update.error ?? resetPassword.error ?? resetTotp.error;

  const clearErrors = () => {
    update.reset();
    resetPassword.reset();
    resetTotp.reset();
  };

  const handlers = {
    onEdit: (user: UserAccount) => {
      clearErrors();
      setFormTarget({ kind: 'edit', user });
    },
    onSetActive: (user: UserAccount, isActive: boolean) => {
      clearErrors();
      update.mutate(
        { id: user.id, version: user.version, isActive },
        { onSuccess: () => void messages.success(t(isActive ? 'users.enabledMessage' : 'users.disabledMessage', { username: user.username })) },
      );
    },
    onResetPassword: (user: UserAccount) => {
      clearErrors();
      resetPassword.mutate(
        { id: user.id, version: user.version },
        { onSuccess: ({ initialPassword }) => initialPassword && setInitial({ username: user.username, password: initialPassword }) },
      );
    },
    onResetTotp: (user: UserAccount) => {
      clearErrors();
      resetTotp.mutate(user.id, { onSuccess: () => void messages.success(t('users.totpReset', { username: user.username })) });
    },
  };

  return (
    <>
      {messageHolder}
      <SectionCard
        id="users"
        title={t('users.listTitle', { count: users.length, total: list.users.length })}
        extra={
          list.policies.canCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setFormTarget({ kind: 'create' })}>
              {t('users.create')}
            </Button>
          )
        }
        flush
      >
        <UserFilters filter={filter} departments={list.departments} onChange={setFilter} />
        {actionError instanceof ApiError && actionError.isStaleVersion ? (
          <StaleVersionAlert
            message={t('users.stale')}
            onReload={() => {
              clearErrors();
              onReload();
            }}
          />
        ) : (
          actionError && <Alert type="error" showIcon role="alert" title={errorText(actionError, t)} className="review-comment" />
        )}
        <UsersTable users={users} departments={list.departments} handlers={handlers} nowIso={nowIso} />
      </SectionCard>
      <UserFormModal
        target={formTarget}
        listPolicies={list.policies}
        departments={list.departments}
        leaders={list.leaders ?? []}
        onClose={() => setFormTarget(null)}
        onCreated={setInitial}
      />
      <InitialPasswordModal initial={initial} onClose={() => setInitial(null)} />
    </>
  );
}
