import { useTranslation } from 'react-i18next';
import { UserAdministration } from '../features/users/components/UserAdministration';
import { useUsers } from '../features/users/hooks/useUsers';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';

/** 用户管理: the system administrator keeps the accounts, the security administrator assigns roles (三权分立). */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  useDocumentTitle(t('users.title'));
  return (
    <>
      <PageHeader title={t('users.title')} description={users.data?.policies.canCreate ? t('users.descriptionSysadmin') : t('users.descriptionSecadmin')} />
      {users.isPending ? (
        <PageLoading />
      ) : users.error ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <UserAdministration list={users.data} onReload={() => void users.refetch()} />
      )}
    </>
  );
}
