import { INDICATOR_STATUS_COLOURS } from '@plantrack/domain';
import type { IndicatorStatus } from '@plantrack/domain';
import { useFormat } from '../../../i18n/useFormat';
import { StatusTag } from '../../../ui/StatusTag';

/** 已达目标 / 按期可达 / 需加快推进 / 进展有限 / 逆向变化 / 数据不足, in the domain's colours. */
export function IndicatorStatusTag({ status }: { status: IndicatorStatus }) {
  const format = useFormat();
  return <StatusTag colour={INDICATOR_STATUS_COLOURS[status]}>{format.indicatorStatus(status)}</StatusTag>;
}
