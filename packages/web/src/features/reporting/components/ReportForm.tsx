import { useEffect, useEffectEvent } from 'react';
import type { MilestoneBasis } from '@plantrack/domain';
import { parsePeriod } from '@plantrack/domain';
import { Alert, Button, Form, Input, Radio, Select, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { PercentInput, percentRules } from '../../../ui/PercentInput';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { PILOT_STAGES, PROGRESS_STATES } from '@plantrack/contract/enums';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';
import { useSaveReportDraft } from '../hooks/useSaveReportDraft';
import { useSubmitReport } from '../hooks/useSubmitReport';
import { useWithdrawReport } from '../hooks/useWithdrawReport';
import { draftInputOf, formValuesOf } from './report-form';
import type { ReportFormValues } from './report-form';

export interface ReportFormProps {
  itemId: number;
  period: string;
  isPilot: boolean;
  /** The basis the year's milestones are on, so the % is asked on it (PRODUCT.md "Decisions"). */
  basis: MilestoneBasis;
  report: ReportSummary | null;
  /** Whether the user may start a report that does not exist yet (a department, cycle open). */
  canCreate: boolean;
  /** Whether the user may submit a report that does not exist yet (the department head). */
  canSubmitNew: boolean;
  onReload: () => void;
}

/** The quarter's report on one item: progress, completion, problems, next steps; draft, submit, withdraw. */
export function ReportForm({ itemId, period, isPilot, basis, report, canCreate, canSubmitNew, onReload }: ReportFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportFormValues>();
  const [messages, messageHolder] = message.useMessage();
  const save = useSaveReportDraft(itemId, period);
  const submit = useSubmitReport();
  const withdraw = useWithdrawReport();
  const progressState = Form.useWatch('progressState', form);
  const canEdit = report ? report.policies.canEdit : canCreate;
  const canSubmit = report ? report.policies.canSubmit : canSubmitNew;

  // Refill only when another version arrives, not while the user types.
  const refill = useEffectEvent(() => {
    form.setFieldsValue(formValuesOf(report));
    save.reset();
    submit.reset();
    withdraw.reset();
  });
  const reportId = report?.id;
  const reportVersion = report?.version;
  useEffect(() => refill(), [reportId, reportVersion]);

  const saveDraft = async () => {
    const values = await form.validateFields();
    return save.mutateAsync(draftInputOf(values, report, isPilot));
  };
  const handleSave = () =>
    void saveDraft().then(
      () => messages.success(t('report.saved')),
      () => undefined,
    );
  // One action, one version: an unchanged report is submitted as it stands, not saved again first.
  const handleSubmit = () =>
    void (report && !form.isFieldsTouched() ? Promise.resolve(report) : saveDraft())
      .then((saved) => submit.mutateAsync({ id: saved.id, version: saved.version }))
      .then(
        () => messages.success(t('report.submitted')),
        () => undefined,
      );
  const handleWithdraw = () =>
    report && withdraw.mutate({ id: report.id, version: report.version }, { onSuccess: () => void messages.success(t('report.withdrawn')) });

  const error = save.error ?? submit.error ?? withdraw.error;
  const isStale = error instanceof ApiError && error.isStaleVersion;
  const isBusy = save.isPending || submit.isPending || withdraw.isPending;

  return (
    <Form<ReportFormValues> form={form} layout="vertical" disabled={!canEdit} initialValues={formValuesOf(report)} aria-label={t('report.formLabel')}>
      {messageHolder}
      {error &&
        (isStale ? (
          <StaleVersionAlert message={t('report.stale')} onReload={onReload} />
        ) : (
          <Alert type="error" showIcon role="alert" title={errorText(error, t)} className="review-comment" />
        ))}
      <Form.Item name="progressState" label={t('report.progressState')} rules={[{ required: true }]}>
        <Radio.Group options={PROGRESS_STATES.map((state) => ({ value: state, label: t(`progressStates.${state}`) }))} optionType="button" />
      </Form.Item>
      {progressState !== 'completed' && (
        <Form.Item
          name="completionPercent"
          rules={percentRules(t)}
          label={basis === 'annual' ? t('report.completionPercentAnnual', { year: parsePeriod(period).year }) : t('report.completionPercent')}
          extra={basis === 'annual' ? t('report.completionHintAnnual', { year: parsePeriod(period).year }) : t('report.completionHint')}
        >
          <PercentInput />
        </Form.Item>
      )}
      <Form.Item name="progress" label={t('report.progress')} rules={[{ required: true, whitespace: true, message: t('report.progressRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="problems" label={t('report.problems')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="nextSteps" label={t('report.nextSteps')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} showCount />
      </Form.Item>
      {isPilot && (
        <Form.Item name="pilotStage" label={t('report.pilotStage')}>
          <Select allowClear style={{ width: 220 }} options={PILOT_STAGES.map((stage) => ({ value: stage, label: t(`pilot.stages.${stage}`) }))} />
        </Form.Item>
      )}
      <div className="report-form__actions">
        {canEdit && (
          <Button onClick={handleSave} loading={save.isPending && !submit.isPending} disabled={isBusy || isStale}>
            {t('report.saveDraft')}
          </Button>
        )}
        {canEdit && canSubmit && (
          <Button type="primary" onClick={handleSubmit} loading={submit.isPending} disabled={isBusy || isStale}>
            {t('report.submit')}
          </Button>
        )}
        {report?.policies.canWithdraw && (
          <Button onClick={handleWithdraw} loading={withdraw.isPending} disabled={false}>
            {t('report.withdraw')}
          </Button>
        )}
      </div>
      {canEdit && !canSubmit && <p className="section-hint">{t('report.staffHint')}</p>}
    </Form>
  );
}
