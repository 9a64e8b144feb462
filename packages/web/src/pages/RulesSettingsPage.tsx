import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { BulletinSettingsForm } from '../features/bulletin/components/BulletinSettingsForm';
import { useBulletinSettings } from '../features/bulletin/hooks/useBulletinSettings';
import { RulesSettingsForm } from '../features/settings/components/RulesSettingsForm';
import { useRulesForEditing } from '../features/settings/hooks/useRulesForEditing';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';

/** 系统设置: the thresholds and weights of the evaluation rules (defaults from PRODUCT.md), saved with a stale-write check. */
export function RulesSettingsPage() {
  const { t } = useTranslation();
  const rules = useRulesForEditing();
  const user = useSignedInUser();
  useDocumentTitle(t('nav.settings'));
  const canEdit = user.role === 'sysadmin' || user.role === 'hq';
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('rules.description')} />
      {rules.isPending ? (
        <PageLoading />
      ) : rules.error ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <RulesSettingsForm data={rules.data} canEdit={canEdit} onReload={() => void rules.refetch()} />
      )}
      {user.role === 'hq' && <BulletinSettingsSection />}
    </>
  );
}

/** The bulletin's texts, for the office only (it alone issues the bulletin). */
function BulletinSettingsSection() {
  const settings = useBulletinSettings();
  if (settings.isPending) return <PageLoading />;
  if (settings.error) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <div style={{ marginTop: 16 }}>
      <BulletinSettingsForm data={settings.data} onReload={() => void settings.refetch()} />
    </div>
  );
}
