import { useEffect, useEffectEvent } from 'react';
import { Alert, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { useDepartments } from '../../organisation/hooks/useDepartments';
import { useLeaders } from '../../organisation/hooks/useLeaders';
import { usePlan } from '../../plan/hooks/usePlan';
import { INDICATOR_DIRECTIONS, INDICATOR_VALUE_KINDS } from '@plantrack/contract/enums';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import { useCreateIndicator, useUpdateIndicator } from '../hooks/useIndicatorMutations';
import { NEW_INDICATOR_VALUES, toIndicatorCreate, toIndicatorFormValues, toIndicatorPatch } from './indicator-form';
import type { IndicatorFormValues } from './indicator-form';
import { IndicatorYearlyTargets } from './IndicatorYearlyTargets';

export interface IndicatorFormDrawerProps {
  /** The indicator to edit; none: a new one. */
  indicator: Indicator | null;
  isOpen: boolean;
  onClose: () => void;
  /** Says what was saved (the drawer closes, so the ledger shows the message). */
  onSaved: (text: string) => void;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The office adds an indicator (an item of the key-indicator ledger) or edits its unit, direction, baseline and targets. */
export function IndicatorFormDrawer({ indicator, isOpen, onClose, onSaved }: IndicatorFormDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IndicatorFormValues>();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const mutation = indicator ? update : create;
  const plan = usePlan().data;
  const departments = useDepartments({ enabled: isOpen && !indicator });
  const leaders = useLeaders({ enabled: isOpen && !indicator });

  // Refill the form each time the drawer opens, from the indicator as it is then.
  const refill = useEffectEvent(() => {
    form.resetFields();
    form.setFieldsValue(indicator ? toIndicatorFormValues(indicator) : NEW_INDICATOR_VALUES);
    create.reset();
    update.reset();
  });
  useEffect(() => {
    if (isOpen) refill();
  }, [isOpen]);

  const handleFinish = (values: IndicatorFormValues) => {
    if (!indicator) {
      create.mutate(toIndicatorCreate(values), {
        onSuccess: () => {
          onSaved(t('indicatorAdmin.created', { name: values.name.trim() }));
          onClose();
        },
      });
      return;
    }
    const patch = toIndicatorPatch(indicator, values);
    if (Object.keys(patch).length === 1) return onClose();
    update.mutate(
      { id: indicator.id, ...patch },
      {
        onSuccess: () => {
          onSaved(t('indicatorAdmin.saved'));
          onClose();
        },
      },
    );
  };

  const decimalRules: Rule[] = [{ pattern: DECIMAL, message: t('indicatorAdmin.decimalRule') }];
  // Years are not clamped while typing (2205 silently becoming 2100 hides a typing error): the rule says why.
  const yearRules: Rule[] = [{ type: 'number', min: 2000, max: 2100, message: t('indicatorAdmin.yearRule') }];
  const targetYearRules: Rule[] = [
    ...yearRules,
    ({ getFieldValue }) => ({
      validator: (_, value: number | null) => {
        const baselineYear = getFieldValue('baselineYear') as number | null;
        const isBefore = value != null && baselineYear != null && value <= baselineYear;
        return isBefore ? Promise.reject(new Error(t('indicatorAdmin.targetAfterBaseline'))) : Promise.resolve();
      },
    }),
  ];
  const isStale = mutation.error instanceof ApiError && mutation.error.isStaleVersion;
  const decimal = (name: keyof IndicatorFormValues, label: string) => (
    <Col xs={24} sm={12}>
      <Form.Item name={name} label={label} rules={decimalRules}>
        <Input inputMode="decimal" maxLength={30} />
      </Form.Item>
    </Col>
  );
  const year = (name: 'baselineYear' | 'targetYear', label: string, rules: Rule[]) => (
    <Col xs={24} sm={12}>
      <Form.Item name={name} label={label} rules={rules} dependencies={name === 'targetYear' ? ['baselineYear'] : undefined}>
        <InputNumber<number> precision={0} controls={false} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Drawer
      open={isOpen}
      onClose={onClose}
      title={indicator ? t('indicatorAdmin.editTitle', { name: indicator.name }) : t('indicatorAdmin.createTitle')}
      size="min(640px, 100vw)"
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} loading={mutation.isPending} disabled={isStale}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {mutation.error &&
        (isStale ? (
          <StaleVersionAlert message={errorText(mutation.error, t)} onReload={onClose} />
        ) : (
          <Alert type="error" showIcon role="alert" title={errorText(mutation.error, t)} description={<FieldProblems error={mutation.error} />} />
        ))}
      <Form<IndicatorFormValues> form={form} layout="vertical" onFinish={handleFinish} className="modal-form">
        {!indicator && (
          <>
            <Row gutter={16}>
              <Col xs={24} sm={8}>
                <Form.Item
                  name="code"
                  label={t('indicatorAdmin.code')}
                  extra={t('indicatorAdmin.codeHint')}
                  rules={[{ required: true, whitespace: true, message: t('indicatorAdmin.codeRequired') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={16}>
                <Form.Item
                  name="name"
                  label={t('indicatorAdmin.name')}
                  extra={t('indicatorAdmin.nameHint')}
                  rules={[{ required: true, whitespace: true, message: t('indicatorAdmin.nameRequired') }]}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="areaCode" label={t('indicatorAdmin.area')}>
              <Select allowClear options={(plan?.areas ?? []).map((area) => ({ value: area.code, label: `${area.numeral ?? area.code}、${area.title}` }))} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="leadDepartmentId" label={t('chain.links.leadDepartment')}>
                  <Select
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={departments.isLoading}
                    options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.shortName }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="leaderPersonId" label={t('chain.links.leader')}>
                  <Select
                    allowClear
                    loading={leaders.isLoading}
                    options={(leaders.data ?? []).map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="unit" label={t('indicatorAdmin.unit')}>
              <Input maxLength={20} placeholder={t('indicatorAdmin.unitPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="direction" label={t('indicatorAdmin.direction')}>
              <Select options={INDICATOR_DIRECTIONS.map((value) => ({ value, label: t(`indicator.direction.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="valueKind" label={t('indicatorAdmin.valueKind')} extra={t('indicatorAdmin.valueKindHint')}>
          <Select options={INDICATOR_VALUE_KINDS.map((value) => ({ value, label: t(`indicatorAdmin.valueKinds.${value}`) }))} />
        </Form.Item>
        <Divider titlePlacement="start">{t('indicatorAdmin.baseline')}</Divider>
        <Row gutter={16}>
          {year('baselineYear', t('indicatorAdmin.baselineYear'), yearRules)}
          {decimal('baselineValue', t('indicatorAdmin.baselineValue'))}
        </Row>
        <Divider titlePlacement="start">{t('indicatorAdmin.targets')}</Divider>
        <Row gutter={16}>
          {year('targetYear', t('indicatorAdmin.targetYear'), targetYearRules)}
          {decimal('target', t('indicatorAdmin.target'))}
          {decimal('provinceTarget', t('indicatorAdmin.provinceTarget'))}
          {decimal('stretchTarget', t('indicatorAdmin.stretchTarget'))}
        </Row>
        <IndicatorYearlyTargets yearRules={yearRules} decimalRules={decimalRules} />
      </Form>
    </Drawer>
  );
}

/** The fields the server named, with its reason for each (validation errors). */
function FieldProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const fields = error instanceof ApiError ? (error.details.fields as { field: string; message: string }[] | undefined) : undefined;
  if (!fields?.length) return null;
  return (
    <>
      {t('indicatorAdmin.fieldProblems')}
      <ul>
        {fields.map((problem) => (
          <li key={problem.field}>
            {problem.field.replace(/^body\.(indicator\.)?/, '')}：{problem.message}
          </li>
        ))}
      </ul>
    </>
  );
}
