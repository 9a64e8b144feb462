import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import { useSetIndicatorRetired } from '../hooks/useIndicatorMutations';

export interface IndicatorRowActionsProps {
  indicator: Indicator;
  onEdit: (indicator: Indicator) => void;
  /** Tells the user what happened (the ledger holds the messages). */
  onNotice: (notice: { type: 'success' | 'error'; text: string }) => void;
}

/** 编辑 and 停用 (after confirming what retiring does) or 恢复, for the office. */
export function IndicatorRowActions({ indicator, onEdit, onNotice }: IndicatorRowActionsProps) {
  const { t } = useTranslation();
  const retirement = useSetIndicatorRetired();
  const isRetired = Boolean(indicator.retiredAt);
  const setRetired = (retire: boolean) =>
    retirement.mutate(
      { id: indicator.id, version: indicator.version, retire },
      {
        onSuccess: () => onNotice({ type: 'success', text: t(retire ? 'indicatorAdmin.retired' : 'indicatorAdmin.reinstated', { name: indicator.name }) }),
        onError: (error) => onNotice({ type: 'error', text: errorText(error, t) }),
      },
    );
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(indicator)} aria-label={`${t('indicatorAdmin.edit')} ${indicator.name}`}>
        {t('indicatorAdmin.edit')}
      </Button>
      {isRetired ? (
        <Button
          type="link"
          size="small"
          loading={retirement.isPending}
          onClick={() => setRetired(false)}
          aria-label={`${t('indicatorAdmin.reinstate')} ${indicator.name}`}
        >
          {t('indicatorAdmin.reinstate')}
        </Button>
      ) : (
        <Popconfirm
          title={t('indicatorAdmin.retireConfirmTitle', { name: indicator.name })}
          description={<div className="indicator-retire-confirm">{t('indicatorAdmin.retireConfirmText')}</div>}
          okText={t('indicatorAdmin.retireOk')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => setRetired(true)}
        >
          <Button type="link" size="small" danger loading={retirement.isPending} aria-label={`${t('indicatorAdmin.retire')} ${indicator.name}`}>
            {t('indicatorAdmin.retire')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
