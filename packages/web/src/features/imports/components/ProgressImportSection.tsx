import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Space, Table, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../ui/error-text';
import { SectionCard } from '../../../ui/SectionCard';
import { commitProgressImport, previewProgressImport } from '../api/imports.api';
import type { ProgressImportPreview } from '@plantrack/contract/io/imports.contract';
import { ImportProblemTable } from './ImportPreviewView';

interface QuarterRow {
  key: string;
  period: string;
  department: string;
  created: number;
  replaced: number;
}

/** 历史数据导入: past quarters' progress from the office's ledgers, previewed by quarter and department. */
export function ProgressImportSection({ problemsOfError }: { problemsOfError: (error: unknown) => ProgressImportPreview['problems'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [quarter, setQuarter] = useState('');
  const [replace, setReplace] = useState(false);
  const [preview, setPreview] = useState<ProgressImportPreview | null>(null);
  const previewing = useMutation({ mutationFn: previewProgressImport, onSuccess: setPreview });
  const committing = useMutation({
    mutationFn: commitProgressImport,
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
  const input = file ? { file, quarter: /^\d{4}Q[1-4]$/.test(quarter) ? quarter : undefined, replace } : null;
  const error = committing.error ?? previewing.error;
  const errorProblems = problemsOfError(error);
  const rows: QuarterRow[] = (preview?.quarters ?? []).flatMap((q) =>
    q.departments.map((d) => ({ key: `${q.period}|${d.department}`, period: q.period, ...d })),
  );
  const canCommit = preview !== null && !preview.isCommitted && preview.isValid && (rows.length > 0 || preview.indicatorValues.length > 0);
  return (
    <>
      <SectionCard id="progress-import-upload" title={t('imports.progress.uploadTitle')}>
        <Alert type="info" showIcon title={t('imports.progress.layouts')} style={{ marginBottom: 16 }} />
        <Form layout="vertical" onFinish={() => input && previewing.mutate(input)}>
          <Space wrap align="end" size="large">
            <Form.Item label={t('imports.progress.quarter')} htmlFor="progress-import-quarter" extra={t('imports.progress.quarterHint')}>
              <Input
                id="progress-import-quarter"
                placeholder="2023Q3"
                value={quarter}
                onChange={(event) => {
                  setQuarter(event.target.value.trim().toUpperCase());
                  reset();
                }}
              />
            </Form.Item>
            <Form.Item>
              <Checkbox
                checked={replace}
                onChange={(event) => {
                  setReplace(event.target.checked);
                  reset();
                }}
              >
                {t('imports.progress.replace')}
              </Checkbox>
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
      {error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} />}
      {(preview?.problems.length ?? 0) + errorProblems.length > 0 && (
        <SectionCard id="progress-import-problems" title={t('imports.problemsTitle', { count: (preview?.problems.length ?? 0) + errorProblems.length })} flush>
          <ImportProblemTable problems={[...(preview?.problems ?? []), ...errorProblems]} />
        </SectionCard>
      )}
      {preview && preview.isValid && (
        <SectionCard id="progress-import-preview" title={t(preview.isCommitted ? 'imports.progress.committed' : 'imports.progress.byQuarter')} flush>
          <Table<QuarterRow>
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { key: 'period', title: t('imports.progress.period'), render: (_, row) => format.period(row.period) },
              { key: 'department', title: t('imports.progress.department'), dataIndex: 'department' },
              { key: 'created', title: t('imports.progress.created'), dataIndex: 'created' },
              { key: 'replaced', title: t('imports.progress.replaced'), dataIndex: 'replaced' },
            ]}
          />
          {preview.indicatorValues.length > 0 && <p>{t('imports.progress.indicatorValues', { count: preview.indicatorValues.length })}</p>}
        </SectionCard>
      )}
      {preview && !preview.isCommitted && (
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
  );
}
