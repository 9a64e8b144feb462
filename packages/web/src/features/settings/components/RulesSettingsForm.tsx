import { useEffect, useState } from 'react';
import { Alert, Button, Col, Form, InputNumber, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { findSettingsProblems } from '@plantrack/domain';
import type { DomainSettings } from '@plantrack/domain';
import { useFormat } from '../../../i18n/useFormat';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { SectionCard } from '../../../ui/SectionCard';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { RulesForEditing } from '@plantrack/contract/settings/settings.contract';
import { useUpdateRules } from '../hooks/useUpdateRules';

export interface RulesSettingsFormProps {
  data: RulesForEditing;
  canEdit: boolean;
  onReload: () => void;
}

type NumberPath = [keyof DomainSettings, ...string[]];

/** The thresholds and weights as a form, each field with its default; checked like the server checks it. */
export function RulesSettingsForm({ data, canEdit, onReload }: RulesSettingsFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<DomainSettings>();
  const update = useUpdateRules();
  const [problems, setProblems] = useState<string[]>([]);
  const [isSaved, setIsSaved] = useState(false);

  useEffect(() => {
    form.setFieldsValue(data.rules);
  }, [data, form]);

  const handleFinish = (values: DomainSettings) => {
    const found = findSettingsProblems(values);
    setProblems(found);
    setIsSaved(false);
    if (found.length === 0) update.mutate({ ...values, updatedAt: data.updatedAt }, { onSuccess: () => setIsSaved(true) });
  };

  const defaultOf = (path: NumberPath): number => path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], data.defaults) as number;
  const numberField = (path: NumberPath, label: string, options: { min?: number; max?: number; step?: number } = {}) => (
    <Col xs={24} sm={12} lg={6} key={path.join('.')}>
      <Form.Item
        name={path}
        label={label}
        extra={t('rules.defaultIs', { value: defaultOf(path) })}
        rules={[{ required: true, type: 'number', message: t('rules.required') }]}
      >
        <InputNumber min={options.min ?? 0} max={options.max} step={options.step ?? 1} style={{ width: '100%' }} disabled={!canEdit} />
      </Form.Item>
    </Col>
  );

  const isStale = update.error instanceof ApiError && update.error.isStaleVersion;
  return (
    <Form<DomainSettings> form={form} layout="vertical" onFinish={handleFinish} aria-label={t('rules.formTitle')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <p className="page-header__description">{data.updatedAt ? t('rules.lastSaved', { at: format.dateTime(data.updatedAt) }) : t('rules.neverSaved')}</p>
        {!canEdit && <Alert type="info" showIcon title={t('rules.readOnly')} />}
        {problems.length > 0 && <Alert type="error" showIcon role="alert" title={t('rules.problemsTitle')} description={problems.join('；')} />}
        {update.error &&
          (isStale ? (
            <StaleVersionAlert
              message={t('rules.stale')}
              onReload={() => {
                update.reset();
                onReload();
              }}
            />
          ) : (
            <Alert type="error" showIcon role="alert" title={errorText(update.error, t)} />
          ))}
        {isSaved && !update.isPending && <Alert type="success" showIcon role="status" title={t('rules.saved')} />}
        <SectionCard id="rules-schedule" title={t('rules.schedule.title')}>
          <p>{t('rules.schedule.explain')}</p>
          <Row gutter={16}>
            {numberField(['schedule', 'yellowGap'], t('rules.schedule.yellowGap'), { max: 100 })}
            {numberField(['schedule', 'redGap'], t('rules.schedule.redGap'), { max: 100 })}
          </Row>
        </SectionCard>
        <SectionCard id="rules-indicator" title={t('rules.indicator.title')}>
          <p>{t('rules.indicator.explain')}</p>
          <Row gutter={16}>
            {numberField(['indicator', 'onTrack'], t('rules.indicator.onTrack'), { step: 0.05 })}
            {numberField(['indicator', 'accelerationNeeded'], t('rules.indicator.accelerationNeeded'), { step: 0.05 })}
          </Row>
        </SectionCard>
        <SectionCard id="rules-score" title={t('rules.score.title')}>
          <p>{t('rules.score.explain')}</p>
          <Row gutter={16}>
            {(['onSchedule', 'timeliness', 'quality', 'supervision'] as const).map((weight) =>
              numberField(['departmentScore', 'weights', weight], t(`rules.score.${weight}`)),
            )}
            {numberField(['departmentScore', 'openOrderCredit'], t('rules.score.openOrderCredit'), { max: 1, step: 0.1 })}
          </Row>
        </SectionCard>
        <SectionCard id="rules-rank" title={t('rules.rank.title')}>
          <p>{t('rules.rank.explain')}</p>
          <Row gutter={16}>{numberField(['rankPoints', 'stepPercent'], t('rules.rank.stepPercent'), { max: 100 })}</Row>
        </SectionCard>
        <SectionCard id="rules-reminders" title={t('rules.reminders.title')}>
          <p>{t('rules.reminders.explain')}</p>
        </SectionCard>
        {canEdit && (
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={update.isPending} disabled={isStale}>
              {t('rules.save')}
            </Button>
            <Button
              title={t('rules.resetHint')}
              onClick={() => {
                form.setFieldsValue(data.defaults);
                setProblems([]);
              }}
            >
              {t('rules.resetDefaults')}
            </Button>
          </Space>
        )}
      </Space>
    </Form>
  );
}
