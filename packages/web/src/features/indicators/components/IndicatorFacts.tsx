import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';

/** The figures people ask for first: baseline, latest, the targets and the current rank. */
export function IndicatorFacts({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = indicator.latestValue;
  const facts: { key: string; label: string; value: string; note?: string | null }[] = [
    {
      key: 'baseline',
      label: t('indicatorColumns.baseline'),
      value: format.value(indicator.baseline?.value, indicator.unit),
      note: indicator.baseline?.year ? format.year(indicator.baseline.year) : null,
    },
    {
      key: 'latest',
      label: t('indicatorColumns.latest'),
      value: format.value(latest?.value, indicator.unit),
      note: latest ? format.period(latest.period) : null,
    },
    {
      key: 'plan',
      label: t('indicatorColumns.planTarget'),
      value: indicator.target.text ?? format.value(indicator.target.value, indicator.unit),
      note: indicator.target.year ? format.year(indicator.target.year) : null,
    },
    { key: 'provincial', label: t('indicatorColumns.provinceTarget'), value: format.value(indicator.provinceTarget, indicator.unit) },
    { key: 'stretch', label: t('indicatorColumns.stretchTarget'), value: format.value(indicator.stretchTarget, indicator.unit) },
    {
      key: 'rank',
      label: t('indicatorColumns.rank'),
      value: latest?.provincialRank ? t('indicator.rankValue', { rank: latest.provincialRank }) : '—',
      note: latest?.provincialRank ? format.period(latest.period) : null,
    },
  ];
  return (
    <dl className="fact-grid">
      {facts.map((fact) => (
        <div key={fact.key} className={`fact-grid__item fact-grid__item--${fact.key}`}>
          <dt className="fact-grid__label">{fact.label}</dt>
          <dd className="fact-grid__value">{fact.value}</dd>
          {fact.note && <dd className="fact-grid__note">{fact.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
