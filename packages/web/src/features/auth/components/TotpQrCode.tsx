import { useEffect, useState } from 'react';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** The otpauth:// URI as a QR code; the `qrcode` package is loaded here only, not with the first page. */
export function TotpQrCode({ uri }: { uri: string }) {
  const { t } = useTranslation();
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  const [hasFailed, setFailed] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 200 }))
      .then((url) => isCurrent && setDataUrl(url))
      .catch(() => isCurrent && setFailed(true));
    return () => {
      isCurrent = false;
    };
  }, [uri]);
  if (hasFailed) return <p role="status">{t('account.qrFailed')}</p>;
  if (!dataUrl) return <Skeleton.Image active style={{ width: 200, height: 200 }} />;
  return <img src={dataUrl} width={200} height={200} alt={t('account.qrAlt')} className="totp-qr" data-testid="totp-qr" />;
}
