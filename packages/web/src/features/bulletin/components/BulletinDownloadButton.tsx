import { lazy, Suspense, useState } from 'react';
import { FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

// The dialog (a form in a modal) loads on the first click: the dashboard is the first page after sign-in.
const BulletinDownloadDialog = lazy(async () => ({ default: (await import('./BulletinDownloadDialog')).BulletinDownloadDialog }));

export interface BulletinDownloadButtonProps {
  startYear: number;
  endYear: number;
  /** The quarter the page shows: the dialog starts from it. */
  period: string | undefined;
}

/** 下载季度通报: opens a small dialog to choose the quarter, then downloads the Word document. */
export function BulletinDownloadButton({ startYear, endYear, period }: BulletinDownloadButtonProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button icon={<FileWordOutlined aria-hidden="true" />} onClick={() => setIsOpen(true)}>
        {t('bulletin.download')}
      </Button>
      {isOpen && (
        <Suspense fallback={null}>
          <BulletinDownloadDialog startYear={startYear} endYear={endYear} period={period} onClose={() => setIsOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
