import { useEffect } from 'react';
import { Alert, Button, Checkbox, Form, InputNumber, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { ROLES } from '@plantrack/contract/enums';
import { errorText } from '../../../ui/error-text';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { SecurityPolicy, SecuritySettings } from '@plantrack/contract/settings/security-settings.contract';
import { useSaveSecuritySettings } from '../hooks/useSaveSecuritySettings';
import { SECURITY_LIMITS } from './security-limits';
import type { NumericSecuritySetting } from './security-limits';

const UNITS: Record<NumericSecuritySetting, 'times' | 'minutes' | 'days'> = {
  lockoutThreshold: 'times',
  lockoutMinutes: 'minutes',
  passwordExpiryDays: 'days',
  sessionIdleMinutes: 'minutes',
};

const GROUP_STYLE = { border: 0, padding: 0, margin: '0 0 8px', minWidth: 0 } as const;
const LEGEND_STYLE = { fontSize: 15, fontWeight: 600, marginBottom: 8 } as const;

/** The settable policy as a form: each field with its unit, its allowed range and its default; saved with the version read. */
export function SecuritySettingsForm({ policy, canSave, onReload }: { policy: SecurityPolicy; canSave: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SecuritySettings>();
  const save = useSaveSecuritySettings();
  const [messages, messageHolder] = message.useMessage();
  useEffect(() => form.setFieldsValue(policy.security), [form, policy]);

  const handleFinish = (values: SecuritySettings) => {
    save.mutate({ ...values, version: policy.version }, { onSuccess: () => void messages.success(t('security.saved')) });
  };

  const numberField = (name: NumericSecuritySetting) => {
    const limits = SECURITY_LIMITS[name];
    const unit = t(`security.units.${UNITS[name]}`);
    return (
      <Form.Item
        key={name}
        name={name}
        label={t(`security.fields.${name}`)}
        extra={t('security.rangeHint', { hint: t(`security.hints.${name}`), min: limits.min, max: limits.max, default: limits.default, unit })}
        rules={[
          { required: true, type: 'integer', min: limits.min, max: limits.max, message: t('security.rangeError', { min: limits.min, max: limits.max, unit }) },
        ]}
      >
        <InputNumber min={limits.min} max={limits.max} precision={0} suffix={unit} disabled={!canSave} style={{ width: 200 }} />
      </Form.Item>
    );
  };

  return (
    <>
      {messageHolder}
      {save.error instanceof ApiError && save.error.isStaleVersion ? (
        <StaleVersionAlert
          message={t('security.stale')}
          onReload={() => {
            save.reset();
            onReload();
          }}
        />
      ) : (
        save.error && <Alert type="error" showIcon role="alert" title={errorText(save.error, t)} className="review-comment" />
      )}
      <Form<SecuritySettings> form={form} layout="vertical" initialValues={policy.security} onFinish={handleFinish} aria-label={t('security.formLabel')}>
        <fieldset style={GROUP_STYLE}>
          <legend style={LEGEND_STYLE}>{t('security.groups.login')}</legend>
          {numberField('lockoutThreshold')}
          {numberField('lockoutMinutes')}
        </fieldset>
        <fieldset style={GROUP_STYLE}>
          <legend style={LEGEND_STYLE}>{t('security.groups.password')}</legend>
          {numberField('passwordExpiryDays')}
        </fieldset>
        <fieldset style={GROUP_STYLE}>
          <legend style={LEGEND_STYLE}>{t('security.groups.session')}</legend>
          {numberField('sessionIdleMinutes')}
        </fieldset>
        <Form.Item name="totpRequiredRoles" label={t('security.fields.totpRequiredRoles')} extra={t('security.hints.totpRequiredRoles')}>
          <Checkbox.Group disabled={!canSave} options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        {canSave && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </>
  );
}
