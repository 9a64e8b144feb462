import { useEffect, useRef } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { PageLoading } from '../../../ui/PageLoading';
import { useEnableTotp } from '../hooks/useEnableTotp';
import { useSetupTotp } from '../hooks/useSetupTotp';
import { TotpQrCode } from './TotpQrCode';

/** Four characters at a time, as people type a secret into an app by hand. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Enrolling an authenticator app: a fresh secret (QR code and text), then the app's current code.
 * An enrolled app is not replaced here: a lost one is reset by the system administrator.
 */
export function TotpEnrolment({ onEnabled, onAlreadyEnabled }: { onEnabled: () => void; onAlreadyEnabled: React.ReactNode }) {
  const { t } = useTranslation();
  const setup = useSetupTotp();
  const enable = useEnableTotp();
  const hasStarted = useRef(false);
  useEffect(() => {
    // Once per visit (React runs effects twice in development): each setup replaces the pending secret.
    if (hasStarted.current) return;
    hasStarted.current = true;
    setup.mutate();
  }, [setup]);

  if (setup.error instanceof ApiError && setup.error.code === 'INVALID_STATE') {
    return (
      <>
        <Alert type="info" showIcon title={t('account.alreadyEnabled')} className="login-form__error" />
        {onAlreadyEnabled}
      </>
    );
  }
  if (setup.error)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={errorText(setup.error, t)}
        action={<Button onClick={() => setup.mutate()}>{t('common.retry')}</Button>}
      />
    );
  if (!setup.data) return <PageLoading />;

  const handleFinish = ({ code }: { code: string }) => enable.mutate(code.trim(), { onSuccess: onEnabled });
  const codeError =
    enable.error instanceof ApiError && enable.error.code === 'TOTP_CODE_INVALID' ? t('account.codeInvalid') : enable.error ? errorText(enable.error, t) : null;

  return (
    <div className="totp-enrolment">
      <ol className="totp-enrolment__steps">
        <li>{t('account.stepInstall')}</li>
        <li>
          {t('account.stepScan')}
          <div className="totp-enrolment__qr">
            <TotpQrCode uri={setup.data.otpauthUri} />
          </div>
          <div>{t('account.manualEntry')}</div>
          <Typography.Paragraph copyable={{ text: setup.data.secret, tooltips: [t('account.copy'), t('account.copied')] }}>
            <code data-testid="totp-secret" data-secret={setup.data.secret} aria-label={t('account.secret')}>
              {groupSecret(setup.data.secret)}
            </code>
          </Typography.Paragraph>
        </li>
        <li>{t('account.stepCode')}</li>
      </ol>
      {codeError && <Alert type="error" showIcon role="alert" title={codeError} className="login-form__error" />}
      <Form<{ code: string }> layout="vertical" requiredMark={false} onFinish={handleFinish} aria-label={t('account.formLabel')}>
        <Form.Item label={t('account.code')} name="code" rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.codeRule') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={enable.isPending}>
          {t('account.enable')}
        </Button>
      </Form>
    </div>
  );
}
