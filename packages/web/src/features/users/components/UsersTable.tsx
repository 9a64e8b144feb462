import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../../ui/DataTable';
import type { DepartmentChoice, UserAccount } from '@plantrack/contract/users/users.contract';
import { UserActions } from './UserActions';
import type { UserActionHandlers } from './UserActions';
import { UserStatusTags } from './UserStatusTags';

export interface UsersTableProps {
  users: UserAccount[];
  departments: DepartmentChoice[];
  handlers: UserActionHandlers;
  nowIso: string;
}

/** The accounts: who, which role and department, e-mail (masked), status, last sign-in, and what the caller may do. */
export function UsersTable({ users, departments, handlers, nowIso }: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const departmentName = new Map(departments.map((department) => [department.id, department.shortName || department.name]));
  return (
    <DataTable<UserAccount>
      label={t('users.tableLabel')}
      emptyText={t('users.empty')}
      rowKey="id"
      dataSource={users}
      size="middle"
      scroll={{ x: 960 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'username', title: t('users.username'), dataIndex: 'username', render: (_: unknown, user) => user.username },
        { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
        { key: 'role', title: t('users.role'), render: (_: unknown, user) => t(`roles.${user.role}`) },
        {
          key: 'department',
          title: t('users.department'),
          render: (_: unknown, user) => (user.departmentId === null ? '—' : (departmentName.get(user.departmentId) ?? user.departmentId)),
        },
        { key: 'email', title: t('users.email'), responsive: ['lg'], render: (_: unknown, user) => user.email ?? '—' },
        { key: 'status', title: t('users.status'), render: (_: unknown, user) => <UserStatusTags user={user} nowIso={nowIso} /> },
        {
          key: 'lastLoginAt',
          title: t('users.lastLoginAt'),
          responsive: ['md'],
          render: (_: unknown, user) => (user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.never')),
        },
        { key: 'actions', title: t('common.actions'), render: (_: unknown, user) => <UserActions user={user} handlers={handlers} /> },
      ]}
    />
  );
}
