import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { Evidence } from '@plantrack/contract/reporting/evidence/evidence.contract';
import { useDeleteEvidence } from '../hooks/useDeleteEvidence';
import { useUploadEvidence } from '../hooks/useUploadEvidence';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The files that show the work was done; links download them. */
export function EvidenceLinks({ evidence, onDelete }: { evidence: Evidence[]; onDelete?: (file: Evidence) => void }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <p className="ledger-cell__empty">{t('evidence.none')}</p>;
  return (
    <ul className="evidence-list" aria-label={t('evidence.title')}>
      {evidence.map((file) => (
        <li key={file.id}>
          <PaperClipOutlined aria-hidden="true" /> <a href={file.downloadUrl}>{file.originalName}</a>{' '}
          <span className="section-hint">{sizeText(file.sizeBytes)}</span>
          {onDelete && (
            <Button
              type="link"
              danger
              size="small"
              icon={<DeleteOutlined aria-hidden="true" />}
              aria-label={t('evidence.deleteNamed', { name: file.originalName })}
              onClick={() => onDelete(file)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Evidence of a report being written: upload one file at a time, delete before it is submitted. */
export function EvidenceEditor({ reportId, evidence, canEdit }: { reportId: number; evidence: Evidence[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadEvidence(reportId);
  const remove = useDeleteEvidence();
  const error = upload.error ?? remove.error;
  return (
    <div>
      {error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} className="review-comment" />}
      <EvidenceLinks evidence={evidence} onDelete={canEdit ? (file) => remove.mutate(file.id) : undefined} />
      {canEdit && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden="true" />} loading={upload.isPending}>
            {t('evidence.upload')}
          </Button>
        </Upload>
      )}
      <p className="section-hint">{t('evidence.hint')}</p>
    </div>
  );
}
