import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, Segmented, Select, Space, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, LedgerImportPreview as ImportPreview } from '@plantrack/contract/io/imports.contract';
import { commitImport, previewImport } from '../features/imports/api/imports.api';
import { ImportPreviewView, ImportProblemTable } from '../features/imports/components/ImportPreviewView';
import { ProgressImportSection } from '../features/imports/components/ProgressImportSection';
import { ApiError } from '../shared/api/api-error';
import { LEDGER_KINDS } from '@plantrack/contract/enums';
import type { LedgerKind } from '@plantrack/contract/enums';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/PageHeader';
import { SectionCard } from '../ui/SectionCard';

/** Problems an error carries (a refused commit, a file over the limit), when it carries any. */
function problemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError)) return [];
  const list = error.details.problems;
  if (!Array.isArray(list)) return [];
  // The details of IMPORT_HAS_PROBLEMS and PAYLOAD_TOO_LARGE hold the contract's ImportProblem list.
  return list.filter((entry): entry is ImportProblem => typeof (entry as Partial<ImportProblem> | null)?.messageZh === 'string');
}

/** 台账导入: choose the kind (a ledger, or past progress), upload an .xlsx, read the preview, confirm. */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.imports'));
  const [kind, setKind] = useState<'ledger' | 'progress'>('ledger');
  return (
    <>
      <PageHeader title={t('nav.imports')} description={t('imports.description')} />
      <Segmented<'ledger' | 'progress'>
        aria-label={t('imports.kind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'ledger', label: t('imports.kinds.ledger') },
          { value: 'progress', label: t('imports.kinds.progress') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {kind === 'ledger' ? <LedgerImport /> : <ProgressImportSection problemsOfError={problemsOf} />}
    </>
  );
}

function LedgerImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [ledger, setLedger] = useState<LedgerKind>('master');
  const [year, setYear] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  const previewing = useMutation({ mutationFn: previewImport, onSuccess: setPreview });
  const committing = useMutation({
    mutationFn: commitImport,
    onSuccess: (result) => {
      setPreview(result);
      void queryClient.invalidateQueries();
    },
  });

  const reset = () => {
    setPreview(null);
    previewing.reset();
    committing.reset();
  };

  const input = file ? { file, ledger, year: year ?? undefined } : null;
  const error = committing.error ?? previewing.error;
  const errorProblems = problemsOf(error);
  const canCommit = preview !== null && !preview.isCommitted && preview.isValid && preview.creates.length + preview.updates.length > 0;

  return (
    <>
      <SectionCard id="import-upload" title={t('imports.uploadTitle')}>
        <Form layout="vertical" onFinish={() => input && previewing.mutate(input)}>
          <Space wrap align="end" size="large">
            <Form.Item label={t('imports.ledger')} htmlFor="import-ledger" style={{ minWidth: 240 }}>
              <Select<LedgerKind>
                id="import-ledger"
                value={ledger}
                onChange={(value) => {
                  setLedger(value);
                  reset();
                }}
                options={LEDGER_KINDS.map((kind) => ({ value: kind, label: t(`ledgerKinds.${kind}.short`) }))}
              />
            </Form.Item>
            <Form.Item label={t('imports.year')} htmlFor="import-year" extra={t('imports.yearHint')}>
              <InputNumber<number>
                id="import-year"
                min={2000}
                max={2100}
                value={year}
                onChange={(value) => {
                  setYear(value);
                  reset();
                }}
              />
            </Form.Item>
            <Form.Item label={t('imports.file')}>
              <Upload
                accept=".xlsx"
                maxCount={1}
                fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  reset();
                  return false;
                }}
                onRemove={() => {
                  setFile(null);
                  reset();
                }}
              >
                <Button icon={<UploadOutlined aria-hidden="true" />}>{t('imports.chooseFile')}</Button>
              </Upload>
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" disabled={!file} loading={previewing.isPending}>
                {t('imports.preview')}
              </Button>
            </Form.Item>
          </Space>
        </Form>
      </SectionCard>
      {error && (
        <>
          <Alert type="error" showIcon role="alert" title={errorText(error, t)} />
          {errorProblems.length > 0 && (
            <SectionCard id="import-error-problems" title={t('imports.problemsTitle', { count: errorProblems.length })} flush>
              <ImportProblemTable problems={errorProblems} />
            </SectionCard>
          )}
        </>
      )}
      {preview && (
        <>
          <ImportPreviewView preview={preview} />
          {!preview.isCommitted && (
            <Space>
              <Button
                type="primary"
                disabled={!canCommit}
                loading={committing.isPending}
                onClick={() => input && preview.token && committing.mutate({ ...input, token: preview.token })}
              >
                {t('imports.commit')}
              </Button>
              <Button onClick={reset}>{t('common.cancel')}</Button>
            </Space>
          )}
        </>
      )}
    </>
  );
}
