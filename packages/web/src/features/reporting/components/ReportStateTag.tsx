import type { StatusColour } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../ui/StatusTag';
import type { ReportState } from '@plantrack/domain';

const COLOURS: Record<ReportState | 'none', StatusColour> = { none: 'grey', draft: 'grey', submitted: 'yellow', returned: 'red', approved: 'green' };

/** 草稿 / 已报送 / 已退回 / 已审核, or 未填写 when there is no report yet. */
export function ReportStateTag({ state }: { state: ReportState | null }) {
  const { t } = useTranslation();
  return <StatusTag colour={COLOURS[state ?? 'none']}>{t(`reportStates.${state ?? 'none'}`)}</StatusTag>;
}
