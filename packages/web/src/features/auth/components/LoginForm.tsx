import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { CurrentUser, Credentials } from '../api/auth.api';
import { useLogin } from '../hooks/useLogin';

/** Username and password; the server's own message (e.g. 用户名或密码错误) is shown on failure. */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const login = useLogin();

  const handleFinish = (credentials: Credentials) => {
    login.mutate(credentials, { onSuccess: onSignedIn });
  };

  return (
    <Form<Credentials> layout="vertical" requiredMark={false} onFinish={handleFinish} size="large" className="login-form" aria-label={t('auth.formLabel')}>
      {login.error && <Alert type="error" showIcon title={errorText(login.error, t)} className="login-form__error" role="alert" />}
      <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
        <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
