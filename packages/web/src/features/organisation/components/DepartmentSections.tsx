import { useState } from 'react';
import { Alert, Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { PageLoading } from '../../../ui/PageLoading';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { Department } from '@plantrack/contract/organisation/departments.contract';
import type { Section } from '@plantrack/contract/organisation/sections.contract';
import { useCreateSection, useRenameSection } from '../hooks/useDepartmentMutations';
import { useSections } from '../hooks/useSections';
import './organisation.css';

/** The sections (科室) of a department: add one, rename one (with its version). */
export function DepartmentSections({ department }: { department: Department }) {
  const { t } = useTranslation();
  const sections = useSections(department.id);
  const create = useCreateSection();
  const rename = useRenameSection();
  const [name, setName] = useState('');
  const canEdit = department.policies.canEditSections;
  const handleAdd = () => {
    if (name.trim()) create.mutate({ departmentId: department.id, name: name.trim() }, { onSuccess: () => setName('') });
  };
  const error = create.error ?? rename.error;
  return (
    <section aria-labelledby="department-sections-title">
      <h3 id="department-sections-title">{t('organisation.sections.title')}</h3>
      {error &&
        (error instanceof ApiError && error.isStaleVersion ? (
          <StaleVersionAlert
            message={errorText(error, t)}
            onReload={() => {
              rename.reset();
              void sections.refetch();
            }}
          />
        ) : (
          <Alert type="error" showIcon role="alert" title={errorText(error, t)} style={{ marginBottom: 12 }} />
        ))}
      {sections.isPending ? (
        <PageLoading />
      ) : (sections.data ?? []).length === 0 ? (
        <p>{t('organisation.sections.none')}</p>
      ) : (
        <ul className="department-sections">
          {(sections.data ?? []).map((section) => (
            <SectionRow key={`${section.id}-${section.version}`} section={section} canEdit={canEdit} onRename={(next) => rename.mutate(next)} />
          ))}
        </ul>
      )}
      {canEdit && (
        <Space.Compact style={{ width: '100%', maxWidth: 420, marginTop: 8 }}>
          <Input
            aria-label={t('organisation.sections.newLabel')}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
            onPressEnter={handleAdd}
          />
          <Button onClick={handleAdd} loading={create.isPending} disabled={!name.trim()}>
            {t('organisation.sections.add')}
          </Button>
        </Space.Compact>
      )}
    </section>
  );
}

function SectionRow({
  section,
  canEdit,
  onRename,
}: {
  section: Section;
  canEdit: boolean;
  onRename: (next: { id: number; name: string; version: number }) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null || !canEdit)
    return (
      <li>
        {section.name}
        {canEdit && (
          <Button type="link" size="small" onClick={() => setDraft(section.name)}>
            {t('organisation.sections.rename')}
          </Button>
        )}
      </li>
    );
  return (
    <li>
      <Space.Compact>
        <Input
          aria-label={t('organisation.sections.renameLabel', { name: section.name })}
          value={draft}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button
          type="primary"
          disabled={!draft.trim() || draft.trim() === section.name}
          onClick={() => {
            onRename({ id: section.id, name: draft.trim(), version: section.version });
            setDraft(null);
          }}
        >
          {t('organisation.sections.save')}
        </Button>
        <Button onClick={() => setDraft(null)}>{t('common.cancel')}</Button>
      </Space.Compact>
    </li>
  );
}
