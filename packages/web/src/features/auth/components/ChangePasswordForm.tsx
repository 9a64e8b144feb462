import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useChangePassword } from '../hooks/useChangePassword';

interface FormValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The current password (proof it is you), the new one twice; the server checks the password rule. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const handleFinish = ({ currentPassword, newPassword }: FormValues) => change.mutate({ currentPassword, newPassword }, { onSuccess: onChanged });

  return (
    <Form<FormValues> layout="vertical" requiredMark={false} onFinish={handleFinish} aria-label={t('password.title')}>
      {change.error && <Alert type="error" showIcon role="alert" title={errorText(change.error, t)} className="login-form__error" />}
      <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item label={t('password.new')} name="newPassword" extra={t('password.rule')} rules={[{ required: true, message: t('password.newRequired') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
