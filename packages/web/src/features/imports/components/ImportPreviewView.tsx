import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { useLanguage } from '../../../i18n/useLanguage';
import { SectionCard } from '../../../ui/SectionCard';
import type { ImportProblem, ImportValue, LedgerImportPreview as ImportPreview } from '@plantrack/contract/io/imports.contract';

function valueText(value: ImportValue, separator: string): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.join(separator) || '—';
  return String(value);
}

/** Every problem of a file, where it is (sheet, row, column) and what is wrong. */
export function ImportProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Table<ImportProblem & { key: number }>
      className="import-problems"
      size="small"
      pagination={problems.length > 50 ? { pageSize: 50 } : false}
      dataSource={problems.map((problem, index) => ({ ...problem, key: index }))}
      columns={[
        { key: 'sheet', title: t('imports.sheet'), render: (_, p) => p.sheet ?? '—' },
        { key: 'row', title: t('imports.row'), width: 80, render: (_, p) => p.row ?? '—' },
        { key: 'column', title: t('imports.column'), width: 80, render: (_, p) => p.column ?? '—' },
        { key: 'message', title: t('imports.message'), render: (_, p) => (language === 'en' ? p.messageEn : p.messageZh) },
      ]}
    />
  );
}

/** The preview (or the committed result): problems, then what is created, changed and left alone. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const separator = t('common.enumerationComma');
  const format = useFormat();
  const fieldLabel = (field: string): string => {
    const plan = /^quarterlyPlans\.(\d{4}Q[1-4])\.(milestone|cumulativePercent|basis)$/.exec(field);
    if (plan) return t(`imports.planParts.${plan[2] as 'milestone' | 'cumulativePercent' | 'basis'}`, { period: format.period(plan[1] ?? '') });
    const yearly = /^yearlyTargets\.(\d{4})$/.exec(field);
    if (yearly) return t('imports.fields.yearlyTarget', { year: yearly[1] });
    return t(`imports.fields.${field}`, { defaultValue: field });
  };
  const changeValue = (field: string, value: ImportValue): string => {
    if (value !== null && field.endsWith('.cumulativePercent')) return format.percent(Number(value));
    if (value !== null && field.endsWith('.basis')) return t(`quarterlyPlan.bases.${value === 'annual' ? 'annual' : 'cumulative'}`);
    return valueText(value, separator);
  };
  // The date understood from 完成时限 changes with its text: one line, the text, says it.
  const shownChanges = (changes: ImportPreview['updates'][number]['changes']) =>
    Object.entries(changes).filter(([field]) => !(field === 'deadline' && 'deadlineText' in changes));
  return (
    <>
      {preview.isCommitted ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('imports.committed', { created: preview.creates.length, updated: preview.updates.length, unchanged: preview.unchanged.length })}
        />
      ) : preview.problems.length > 0 ? (
        <Alert type="error" showIcon role="alert" title={t('imports.hasProblems', { count: preview.problems.length })} />
      ) : (
        <Alert
          type="info"
          showIcon
          role="status"
          title={t('imports.summary', { created: preview.creates.length, updated: preview.updates.length, unchanged: preview.unchanged.length })}
        />
      )}
      {preview.problems.length > 0 && (
        <SectionCard id="import-problems" title={t('imports.problemsTitle', { count: preview.problems.length })} flush>
          <ImportProblemTable problems={preview.problems} />
        </SectionCard>
      )}
      {preview.creates.length > 0 && (
        <SectionCard id="import-creates" title={t('imports.createsTitle', { count: preview.creates.length })} flush>
          <Table
            size="small"
            rowKey={(row) => `${row.sheet}-${row.row}`}
            pagination={preview.creates.length > 50 ? { pageSize: 50 } : false}
            dataSource={preview.creates}
            columns={[
              { key: 'code', title: t('imports.code'), width: 110, render: (_, row) => row.code },
              { key: 'title', title: t('imports.itemTitle'), render: (_, row) => row.title },
              { key: 'where', title: t('imports.where'), width: 160, render: (_, row) => `${row.sheet} · ${row.row}` },
            ]}
          />
        </SectionCard>
      )}
      {preview.updates.length > 0 && (
        <SectionCard id="import-updates" title={t('imports.updatesTitle', { count: preview.updates.length })} flush>
          <Table
            size="small"
            rowKey={(row) => `${row.sheet}-${row.row}`}
            pagination={preview.updates.length > 50 ? { pageSize: 50 } : false}
            dataSource={preview.updates}
            columns={[
              { key: 'code', title: t('imports.code'), width: 110, render: (_, row) => row.code },
              { key: 'title', title: t('imports.itemTitle'), width: 240, render: (_, row) => row.title },
              {
                key: 'changes',
                title: t('imports.changes'),
                render: (_, row) => (
                  <ul className="import-changes">
                    {shownChanges(row.changes).map(([field, [before, after]]) => (
                      <li key={field}>
                        <Tag>{fieldLabel(field)}</Tag>
                        <del>{changeValue(field, before)}</del> → <ins>{changeValue(field, after)}</ins>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </SectionCard>
      )}
      {preview.notInFile.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('imports.notInFile', { count: preview.notInFile.length })}
          description={preview.notInFile.map((item) => `${item.code} ${item.title}`).join(t('common.listSeparator'))}
        />
      )}
    </>
  );
}
