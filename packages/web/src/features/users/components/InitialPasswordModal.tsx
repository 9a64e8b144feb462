import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface InitialPassword {
  username: string;
  password: string;
}

/** The initial password, shown this once: the administrator hands it over; the user must change it at first sign-in. */
export function InitialPasswordModal({ initial, onClose }: { initial: InitialPassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={initial !== null}
      title={t('users.initialPasswordTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.initialPasswordDone')}
        </Button>
      }
      destroyOnHidden
      maskClosable={false}
    >
      {initial && (
        <>
          <p>{t('users.initialPasswordFor', { username: initial.username })}</p>
          <Typography.Paragraph copyable={{ text: initial.password, tooltips: [t('users.copy'), t('users.copied')] }} className="initial-password">
            <code data-testid="initial-password" aria-label={t('users.initialPassword')}>
              {initial.password}
            </code>
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('users.initialPasswordOnce')} />
        </>
      )}
    </Modal>
  );
}
