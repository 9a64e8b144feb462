import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Plan } from '@plantrack/contract/plan/plans.contract';

/** 示例数据 (the sample facts from public sources) or 演示数据 (generated): not an office's real ledgers. */
export function SampleDataBanner({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!plan.isSample) return null;
  const isGenerated = plan.sampleKind === 'generated';
  const label = isGenerated ? t('sample.generatedLabel') : t('sample.label');
  // The generated notice already begins with its label; the banner names it once.
  const ownNotice = plan.sampleNotice?.replace(/^演示数据（生成）[：:]\s*/, '');
  const notice = language === 'zh-CN' && ownNotice ? ownNotice : t(isGenerated ? 'sample.generatedNotice' : 'sample.notice');
  return (
    <div className="sample-banner" role="note" aria-label={label}>
      <ExperimentOutlined aria-hidden="true" className="sample-banner__icon" />
      <strong className="sample-banner__label">{label}</strong>
      <span className="sample-banner__text">{notice}</span>
    </div>
  );
}
