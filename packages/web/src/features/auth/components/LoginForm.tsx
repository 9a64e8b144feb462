import { useState } from 'react';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import type { LoginInput } from '@plantrack/contract/auth/auth.contract';
import type { CurrentUser } from '../api/auth.api';
import { useLogin } from '../hooks/useLogin';

/**
 * Username and password; the server's own message (e.g. 用户名或密码错误) is shown on failure. When the
 * account has a second factor the server answers TOTP_REQUIRED: the form then asks for the code as well.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [needsCode, setNeedsCode] = useState(false);

  const handleFinish = ({ username, password, totpCode }: LoginInput) => {
    const code = totpCode?.trim();
    login.mutate(needsCode && code ? { username, password, totpCode: code } : { username, password }, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (error instanceof ApiError && (error.code === 'TOTP_REQUIRED' || error.code === 'TOTP_CODE_INVALID')) setNeedsCode(true);
      },
    });
  };

  const errorCode = login.error instanceof ApiError ? login.error.code : null;
  const alert =
    errorCode === 'TOTP_REQUIRED' ? (
      <Alert type="info" showIcon title={t('account.codeRequired')} className="login-form__error" role="status" />
    ) : errorCode === 'TOTP_CODE_INVALID' ? (
      <Alert type="error" showIcon title={t('account.codeInvalidLogin')} className="login-form__error" role="alert" />
    ) : (
      login.error && <Alert type="error" showIcon title={errorText(login.error, t)} className="login-form__error" role="alert" />
    );

  return (
    <Form<LoginInput> layout="vertical" requiredMark={false} onFinish={handleFinish} size="large" className="login-form" aria-label={t('auth.formLabel')}>
      {alert}
      <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
        <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" autoFocus={!needsCode} onChange={() => setNeedsCode(false)} />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" />
      </Form.Item>
      {needsCode && (
        <Form.Item
          label={t('account.loginCode')}
          name="totpCode"
          extra={t('account.loginCodeHint')}
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.codeRule') }]}
        >
          <Input prefix={<SafetyOutlined aria-hidden="true" />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
