import type { StatusColour } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../ui/StatusTag';
import type { SupervisionLevel } from '@plantrack/contract/enums';

const COLOURS: Record<SupervisionLevel, StatusColour> = { normal: 'grey', yellow: 'yellow', red: 'red' };

/** An order's level (督办等级): 一般督办, 黄牌督办 or 红牌督办, in its colour and always in words. */
export function SupervisionLevelTag({ level }: { level: SupervisionLevel }) {
  const { t } = useTranslation();
  return <StatusTag colour={COLOURS[level]}>{t(`supervision.level.${level}`)}</StatusTag>;
}
