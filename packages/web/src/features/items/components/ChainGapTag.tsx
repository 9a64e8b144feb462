import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../ui/StatusTag';
import type { Responsibility } from '@plantrack/contract/items/items.contract';

/** 责任链不完整, naming the missing links (分管市领导、具体科室…) for sighted and screen-reader users alike. */
export function ChainGapTag({ responsibility }: { responsibility: Responsibility }) {
  const { t } = useTranslation();
  if (responsibility.isComplete) return null;
  const missing = t('chain.missing', {
    links: responsibility.gaps.map((gap) => t(`chain.links.${gap}`)).join(t('common.enumerationComma')),
  });
  return (
    <Tooltip title={missing}>
      <span className="chain-gap-tag" tabIndex={0}>
        <StatusTag colour="red">{t('chain.incomplete')}</StatusTag>
        <span className="visually-hidden">{missing}</span>
      </span>
    </Tooltip>
  );
}
