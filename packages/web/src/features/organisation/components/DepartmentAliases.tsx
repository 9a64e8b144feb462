import { useState } from 'react';
import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Popconfirm, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { Department } from '@plantrack/contract/organisation/departments.contract';
import { useAddDepartmentAlias, useDeleteDepartmentAlias } from '../hooks/useDepartmentMutations';
import './organisation.css';

/** The other names of a department (市发改委 = 市发展改革委): add one, remove one. */
export function DepartmentAliases({ department }: { department: Department }) {
  const { t } = useTranslation();
  const [alias, setAlias] = useState('');
  const add = useAddDepartmentAlias();
  const remove = useDeleteDepartmentAlias();
  const canEdit = department.policies.canEdit;
  const handleAdd = () => {
    if (alias.trim()) add.mutate({ id: department.id, alias: alias.trim() }, { onSuccess: () => setAlias('') });
  };
  const error = add.error ?? remove.error;
  return (
    <section aria-labelledby="department-aliases-title">
      <h3 id="department-aliases-title">{t('organisation.aliases.title')}</h3>
      <p className="page-header__description">{t('organisation.aliases.hint')}</p>
      {error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} style={{ marginBottom: 12 }} />}
      {department.aliases.length === 0 ? (
        <p>{t('organisation.aliases.none')}</p>
      ) : (
        <ul className="department-aliases" aria-label={t('organisation.aliases.title')}>
          {department.aliases.map((item) => (
            <li key={item.id}>
              <Tag>
                {item.alias}
                {canEdit && (
                  <Popconfirm
                    title={t('organisation.aliases.removeConfirm', { alias: item.alias })}
                    okText={t('common.yes')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove.mutate({ id: department.id, aliasId: item.id })}
                  >
                    <Button
                      type="text"
                      size="small"
                      icon={<CloseOutlined aria-hidden="true" />}
                      aria-label={t('organisation.aliases.remove', { alias: item.alias })}
                    />
                  </Popconfirm>
                )}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
          <Input
            aria-label={t('organisation.aliases.newLabel')}
            placeholder={t('organisation.aliases.placeholder')}
            value={alias}
            maxLength={100}
            onChange={(event) => setAlias(event.target.value)}
            onPressEnter={handleAdd}
          />
          <Button type="primary" onClick={handleAdd} loading={add.isPending} disabled={!alias.trim()}>
            {t('organisation.aliases.add')}
          </Button>
        </Space.Compact>
      )}
    </section>
  );
}
