import { useEffect, useEffectEvent } from 'react';
import { Alert, Button, Col, Divider, Drawer, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { DateField } from '../../../ui/DateField';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { useDepartments } from '../../organisation/hooks/useDepartments';
import { useLeaders } from '../../organisation/hooks/useLeaders';
import { useSections } from '../../organisation/hooks/useSections';
import { useStaff } from '../../organisation/hooks/useStaff';
import type { Item } from '@plantrack/contract/items/items.contract';
import { useUpdateItem } from '../hooks/useUpdateItem';
import { toFormValues, toItemPatch } from './item-form';
import type { ItemFormValues } from './item-form';

export interface ItemEditDrawerProps {
  item: Item;
  isOpen: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** The office edits an item's fields and its responsibility chain; saved with the item's version. */
export function ItemEditDrawer({ item, isOpen, onClose, onReload }: ItemEditDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ItemFormValues>();
  const update = useUpdateItem(item.id);
  const departments = useDepartments({ enabled: isOpen });
  const leaders = useLeaders({ enabled: isOpen });
  const leadDepartmentId = Form.useWatch('leadDepartmentId', form);
  const sections = useSections(isOpen ? leadDepartmentId : null);
  const staff = useStaff(isOpen ? leadDepartmentId : null);

  // Refill the form each time the drawer opens, from the item as it is then.
  const refill = useEffectEvent(() => {
    form.setFieldsValue(toFormValues(item));
    update.reset();
  });
  useEffect(() => {
    if (isOpen) refill();
  }, [isOpen]);

  const handleFinish = (values: ItemFormValues) => {
    const patch = toItemPatch(item, values);
    if (Object.keys(patch).length === 1) return onClose();
    update.mutate(patch, { onSuccess: onClose });
  };

  const isStale = update.error instanceof ApiError && update.error.isStaleVersion;
  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.shortName }));
  const textArea = (name: keyof ItemFormValues, label: string, rows = 3) => (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 10 }} maxLength={5000} />
    </Form.Item>
  );

  return (
    <Drawer
      open={isOpen}
      onClose={onClose}
      title={t('item.editTitle', { code: item.code })}
      size={720}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} loading={update.isPending} disabled={isStale}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {update.error &&
        (isStale ? (
          <StaleVersionAlert
            message={errorText(update.error, t)}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        ) : (
          <Alert type="error" showIcon role="alert" title={errorText(update.error, t)} />
        ))}
      <Form<ItemFormValues> form={form} layout="vertical" onFinish={handleFinish} className="modal-form">
        <Form.Item name="title" label={t('ledgerColumns.title.master')} rules={[{ required: true, whitespace: true, message: t('item.titleRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        {textArea('measures', t('ledgerColumns.measures'), 4)}
        {textArea('targets', t('ledgerColumns.targets'))}
        {textArea('yearKeyWork', t('ledgerColumns.yearKeyWork'))}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="deadlineText" label={t('item.deadlineText')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="deadline" label={t('item.deadlineDate')}>
              <DateField />
            </Form.Item>
          </Col>
        </Row>
        {textArea('sourceClause', t('ledgerColumns.sourceClause'), 2)}
        {textArea('provinceText', t('ledgerColumns.provinceText'), 2)}
        {textArea('citySource', t('ledgerColumns.citySource'), 1)}
        {textArea('remarks', t('ledgerColumns.remarks'), 1)}
        <Divider titlePlacement="start">{t('chain.title')}</Divider>
        <Form.Item name="leaderPersonId" label={t('chain.links.leader')}>
          <Select
            allowClear
            loading={leaders.isLoading}
            options={(leaders.data ?? []).map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="leadDepartmentId" label={t('chain.links.leadDepartment')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={departmentOptions}
                onChange={() => form.setFieldsValue({ sectionId: null, staffPersonId: null })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="coDepartmentIds" label={t('chain.coDepartments')}>
              <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="sectionId" label={t('chain.links.section')}>
              <Select allowClear disabled={!leadDepartmentId} options={(sections.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="staffPersonId" label={t('chain.links.staff')}>
              <Select allowClear disabled={!leadDepartmentId} options={(staff.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="isPublic" label={t('item.isPublic')} valuePropName="checked" extra={t('item.isPublicHint')}>
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
