import { useState } from 'react';
import { FileWordOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodSelect } from '../../../ui/PeriodSelect';
import { bulletinUrl } from '../api/bulletin.api';

export interface BulletinDownloadDialogProps {
  startYear: number;
  endYear: number;
  /** The quarter the dialog starts from (the page's). */
  period: string | undefined;
  onClose: () => void;
}

/** The quarter (and, if the office wants it, the 发文字号's number), then the Word document as a plain link. */
export function BulletinDownloadDialog({ startYear, endYear, period, onClose }: BulletinDownloadDialogProps) {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState<string | undefined>(period);
  const [number, setNumber] = useState<number | null>(null);
  return (
    <Modal
      open
      title={t('bulletin.download')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('bulletin.cancel')}
        </Button>,
        <Button
          key="download"
          type="primary"
          icon={<FileWordOutlined aria-hidden="true" />}
          href={quarter ? bulletinUrl({ quarter, number: number ?? undefined }) : undefined}
          disabled={!quarter}
          download
          onClick={onClose}
        >
          {t('bulletin.downloadDocx')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('bulletin.explain')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('bulletin.quarter')}>
          <PeriodSelect startYear={startYear} endYear={endYear} value={quarter} onChange={setQuarter} label={t('bulletin.quarter')} />
        </Form.Item>
        <Form.Item label={t('bulletin.number')} extra={t('bulletin.numberHint')}>
          <InputNumber aria-label={t('bulletin.number')} min={1} max={9999} precision={0} value={number} onChange={(value) => setNumber(value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
