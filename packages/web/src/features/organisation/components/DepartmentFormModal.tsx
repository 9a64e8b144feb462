import { useEffect, useEffectEvent } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { DEPARTMENT_KINDS } from '@plantrack/contract/enums';
import type { Department, DepartmentCreateInput } from '@plantrack/contract/organisation/departments.contract';
import { useCreateDepartment, useUpdateDepartment } from '../hooks/useDepartmentMutations';

export interface DepartmentFormModalProps {
  /** null: a new department. */
  department: Department | null;
  isOpen: boolean;
  onClose: () => void;
  onReload: () => void;
}

interface FormValues {
  name: string;
  shortName: string;
  kind: DepartmentCreateInput['kind'];
  note?: string | null;
}

/** Creates a department or edits its names, kind and note (with its version). */
export function DepartmentFormModal({ department, isOpen, onClose, onReload }: DepartmentFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const mutation = department ? update : create;

  // Refill each time the modal opens, from the department as it is then.
  const refill = useEffectEvent(() => {
    create.reset();
    update.reset();
    form.setFieldsValue(
      department
        ? { name: department.name, shortName: department.shortName, kind: department.kind, note: department.note }
        : { name: '', shortName: '', kind: 'department', note: '' },
    );
  });
  useEffect(() => {
    if (isOpen) refill();
  }, [isOpen]);

  const handleFinish = (values: FormValues) => {
    const input: DepartmentCreateInput = { name: values.name, shortName: values.shortName, kind: values.kind, note: values.note?.trim() ? values.note : null };
    if (department) update.mutate({ id: department.id, version: department.version, ...input }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };

  const isStale = mutation.error instanceof ApiError && mutation.error.isStaleVersion;
  return (
    <Modal
      open={isOpen}
      title={department ? t('organisation.editTitle', { name: department.shortName }) : t('organisation.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: mutation.isPending, disabled: isStale }}
      destroyOnHidden
    >
      {mutation.error &&
        (isStale ? (
          <StaleVersionAlert
            message={t('organisation.stale')}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        ) : (
          <Alert type="error" showIcon role="alert" title={errorText(mutation.error, t)} />
        ))}
      <Form<FormValues> form={form} layout="vertical" onFinish={handleFinish} className="modal-form">
        <Form.Item name="name" label={t('organisation.fields.name')} rules={[{ required: true, whitespace: true, message: t('organisation.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('organisation.fields.shortName')}
          rules={[{ required: true, whitespace: true, message: t('organisation.shortNameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('organisation.fields.kind')}>
          <Select options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`organisation.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('organisation.fields.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
