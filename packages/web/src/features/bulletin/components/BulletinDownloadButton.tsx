import { useState } from 'react';
import { FileWordOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodSelect } from '../../../ui/PeriodSelect';
import { bulletinUrl } from '../api/bulletin.api';

export interface BulletinDownloadButtonProps {
  startYear: number;
  endYear: number;
  /** The quarter the page shows: the dialog starts from it. */
  period: string | undefined;
}

/**
 * 下载季度通报: a button that opens a small dialog to choose the quarter (and, if the office wants it, the
 * 发文字号's number), then downloads the Word document as a plain link.
 */
export function BulletinDownloadButton({ startYear, endYear, period }: BulletinDownloadButtonProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(period);
  const [number, setNumber] = useState<number | null>(null);
  const quarter = chosen ?? period;
  const handleOpen = () => {
    setChosen(period);
    setIsOpen(true);
  };
  return (
    <>
      <Button icon={<FileWordOutlined aria-hidden="true" />} onClick={handleOpen}>
        {t('bulletin.download')}
      </Button>
      <Modal
        open={isOpen}
        title={t('bulletin.download')}
        onCancel={() => setIsOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setIsOpen(false)}>
            {t('bulletin.cancel')}
          </Button>,
          <Button
            key="download"
            type="primary"
            icon={<FileWordOutlined aria-hidden="true" />}
            href={quarter ? bulletinUrl({ quarter, number: number ?? undefined }) : undefined}
            disabled={!quarter}
            download
            onClick={() => setIsOpen(false)}
          >
            {t('bulletin.downloadDocx')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('bulletin.explain')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('bulletin.quarter')}>
            <PeriodSelect startYear={startYear} endYear={endYear} value={quarter} onChange={setChosen} label={t('bulletin.quarter')} />
          </Form.Item>
          <Form.Item label={t('bulletin.number')} extra={t('bulletin.numberHint')}>
            <InputNumber aria-label={t('bulletin.number')} min={1} max={9999} precision={0} value={number} onChange={(value) => setNumber(value)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
