import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { FixedSecurityPolicy } from '../features/security/components/FixedSecurityPolicy';
import { SecuritySettingsForm } from '../features/security/components/SecuritySettingsForm';
import { useSecurityPolicy } from '../features/security/hooks/useSecurityPolicy';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/** 安全策略: the security administrator sets lockout, password age, idle timeout and who must use TOTP. */
export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const policy = useSecurityPolicy();
  useDocumentTitle(t('security.title'));
  return (
    <>
      <PageHeader title={t('security.title')} description={t('security.description')} />
      {policy.isPending ? (
        <PageLoading />
      ) : policy.error ? (
        <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <SectionCard id="security-settings" title={t('security.settingsTitle')}>
            <SecuritySettingsForm policy={policy.data} canSave={user.role === 'secadmin'} onReload={() => void policy.refetch()} />
          </SectionCard>
          <SectionCard id="security-fixed" title={t('security.fixedTitle')}>
            <FixedSecurityPolicy fixed={policy.data.fixed} />
          </SectionCard>
        </Space>
      )}
    </>
  );
}
