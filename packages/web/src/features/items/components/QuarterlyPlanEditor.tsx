import { useEffect, useEffectEvent } from 'react';
import type { MilestoneBasis } from '@plantrack/domain';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { PercentInput, percentRules } from '../../../ui/PercentInput';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { QuarterlyPlan } from '@plantrack/contract/items/quarterly-plans.contract';
import { useSetQuarterlyPlan } from '../hooks/useSetQuarterlyPlan';

interface FormValues {
  milestone?: string;
  cumulativePercent?: number | null;
  basis?: MilestoneBasis;
}

export interface QuarterlyPlanEditorProps {
  itemId: number;
  plan: QuarterlyPlan | null;
  onClose: () => void;
  onReload: () => void;
}

/** One quarter's milestone (计划节点) and the cumulative % expected by its end; sent with its version. */
export function QuarterlyPlanEditor({ itemId, plan, onClose, onReload }: QuarterlyPlanEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<FormValues>();
  const save = useSetQuarterlyPlan(itemId);

  // Only when another quarter is opened, not on every render of the same one.
  const period = plan?.period;
  const refill = useEffectEvent(() => {
    if (!plan) return;
    form.setFieldsValue({ milestone: plan.milestone ?? '', cumulativePercent: plan.cumulativePercent, basis: plan.basis ?? undefined });
    save.reset();
  });
  useEffect(() => {
    if (period) refill();
  }, [period]);

  const handleSubmit = (values: FormValues) => {
    if (!plan) return;
    save.mutate(
      {
        period: plan.period,
        input: {
          milestone: values.milestone?.trim() ? values.milestone.trim() : null,
          cumulativePercent: values.cumulativePercent ?? null,
          // Without a choice the server takes the basis the milestone's words name.
          ...(values.cumulativePercent != null && values.basis ? { basis: values.basis } : {}),
          ...(plan.version !== null ? { version: plan.version } : {}),
        },
      },
      { onSuccess: onClose },
    );
  };

  const error = save.error;
  const isStale = error instanceof ApiError && error.isStaleVersion;

  return (
    <Modal
      open={plan !== null}
      title={plan ? t('quarterlyPlan.editTitle', { period: format.period(plan.period) }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: isStale }}
      destroyOnHidden
    >
      {error &&
        (isStale ? (
          <StaleVersionAlert
            message={errorText(error, t)}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        ) : (
          <Alert type="error" showIcon role="alert" title={errorText(error, t)} />
        ))}
      <Form<FormValues> form={form} layout="vertical" onFinish={handleSubmit} className="modal-form">
        <Form.Item name="milestone" label={t('quarterlyPlan.milestone')} extra={t('quarterlyPlan.milestoneHint')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="cumulativePercent" label={t('quarterlyPlan.cumulativePercent')} extra={t('quarterlyPlan.cumulativeHint')} rules={percentRules(t)}>
          <PercentInput />
        </Form.Item>
        <Form.Item name="basis" label={t('quarterlyPlan.basis')} extra={t('quarterlyPlan.basisHint')}>
          <Radio.Group options={(['cumulative', 'annual'] as const).map((basis) => ({ value: basis, label: t(`quarterlyPlan.bases.${basis}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
