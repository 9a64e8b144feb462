import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Plan } from '../api/plan.api';

/** 示例数据: the plan holds the sample facts from public sources, not an office's real ledgers. */
export function SampleDataBanner({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!plan.isSample) return null;
  const notice = language === 'zh-CN' && plan.sampleNotice ? plan.sampleNotice : t('sample.notice');
  return (
    <div className="sample-banner" role="note" aria-label={t('sample.label')}>
      <ExperimentOutlined aria-hidden="true" className="sample-banner__icon" />
      <strong className="sample-banner__label">{t('sample.label')}</strong>
      <span className="sample-banner__text">{notice}</span>
    </div>
  );
}
