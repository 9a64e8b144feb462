import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { SectionCard } from '../../../ui/SectionCard';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { BulletinSettings as BulletinTexts, BulletinSettingsForEditing as BulletinSettings } from '@plantrack/contract/settings/settings.contract';
import { useUpdateBulletinSettings } from '../hooks/useUpdateBulletinSettings';

const FIELDS = ['issuerName', 'issuerMark', 'numberPrefix', 'mainRecipients', 'copyTo', 'printer'] as const;

/**
 * 季度通报设置: the texts only the office can say — issuer, its red mark, the 字号 prefix, recipients,
 * 印发机关 and 下一步工作要求. A field equal to its default is not stored, so it follows the default.
 */
export function BulletinSettingsForm({ data, onReload }: { data: BulletinSettings; onReload: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<BulletinTexts>();
  const update = useUpdateBulletinSettings();
  const [isSaved, setIsSaved] = useState(false);
  // After a save or a reload the form shows what is stored now.
  useEffect(() => form.setFieldsValue(data.bulletin), [form, data]);
  const handleFinish = (values: BulletinTexts) => {
    setIsSaved(false);
    const changed = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== data.defaults[key as keyof BulletinTexts]));
    update.mutate({ ...changed, updatedAt: data.updatedAt }, { onSuccess: () => setIsSaved(true) });
  };
  const isStale = update.error instanceof ApiError && update.error.isStaleVersion;
  return (
    <SectionCard id="bulletin-settings" title={t('bulletin.settings.title')}>
      <Form<BulletinTexts> form={form} layout="vertical" initialValues={data.bulletin} onFinish={handleFinish} aria-label={t('bulletin.settings.title')}>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <p>{t('bulletin.settings.explain')}</p>
          <p className="page-header__description">
            {data.updatedAt ? t('bulletin.settings.lastSaved', { at: format.dateTime(data.updatedAt) }) : t('bulletin.settings.neverSaved')}
          </p>
          {update.error &&
            (isStale ? (
              <StaleVersionAlert
                message={t('bulletin.settings.stale')}
                onReload={() => {
                  update.reset();
                  onReload();
                }}
              />
            ) : (
              <Alert type="error" showIcon role="alert" title={errorText(update.error, t)} />
            ))}
          {isSaved && !update.isPending && <Alert type="success" showIcon role="status" title={t('bulletin.settings.saved')} />}
          {FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={t(`bulletin.settings.${field}`)}
              rules={field === 'copyTo' ? [] : [{ required: true, whitespace: true }]}
            >
              <Input maxLength={field === 'copyTo' ? 300 : field === 'mainRecipients' ? 200 : 60} />
            </Form.Item>
          ))}
          <Form.Item name="nextSteps" label={t('bulletin.settings.nextSteps')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={update.isPending} disabled={isStale}>
            {t('bulletin.settings.save')}
          </Button>
        </Space>
      </Form>
    </SectionCard>
  );
}
