import { Alert, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import type { Role } from '@plantrack/contract/enums';
import { errorText } from '../../../ui/error-text';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { isDepartmentRole } from '../../auth/roles';
import { userKeys } from '../api/users.api';
import type { DepartmentChoice, LeaderChoice, UserAccount, UserListPolicies, UserPatchInput } from '@plantrack/contract/users/users.contract';
import { useCreateUser } from '../hooks/useCreateUser';
import { useUpdateUser } from '../hooks/useUpdateUser';
import type { InitialPassword } from './InitialPasswordModal';

interface FormValues {
  username: string;
  displayName: string;
  role: Role;
  departmentId?: number;
  personId?: number;
  email?: string;
}

export type UserFormTarget = { kind: 'create' } | { kind: 'edit'; user: UserAccount };

export interface UserFormModalProps {
  target: UserFormTarget | null;
  listPolicies: UserListPolicies;
  departments: DepartmentChoice[];
  /** The 市领导 a leader account may be linked to (its 我的分管). */
  leaders: LeaderChoice[];
  onClose: () => void;
  onCreated: (initial: InitialPassword) => void;
}

/**
 * New account (system administrator), or a change to one: only the fields the server lets this caller
 * change are editable (users.policies.ts); the version read is sent, so a concurrent change is a 409.
 */
export function UserFormModal({ target, listPolicies, departments, leaders, onClose, onCreated }: UserFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const queryClient = useQueryClient();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = target?.kind === 'edit' ? update : create;
  const user = target?.kind === 'edit' ? target.user : null;
  const policies = user?.policies;
  const isCreate = target?.kind === 'create';
  const mayEditAccount = isCreate || Boolean(policies?.canEdit);
  const mayChangeRole = isCreate || Boolean(policies?.canChangeRole);
  const role = Form.useWatch('role', form);
  const roleOptions = listPolicies.assignableRoles.map((value) => ({ value, label: t(`roles.${value}`) }));
  if (user && !listPolicies.assignableRoles.includes(user.role)) roleOptions.unshift({ value: user.role, label: t(`roles.${user.role}`) });

  const handleClose = () => {
    create.reset();
    update.reset();
    onClose();
  };

  const handleFinish = (values: FormValues) => {
    const departmentId = role && isDepartmentRole(role) ? (values.departmentId ?? null) : null;
    const email = values.email?.trim() ? values.email.trim() : null;
    const personId = role === 'leader' ? (values.personId ?? null) : null;
    if (!user) {
      create.mutate(
        { username: values.username.trim(), displayName: values.displayName.trim(), role: values.role, departmentId, personId, email },
        {
          onSuccess: ({ user: created, initialPassword }) => {
            handleClose();
            if (initialPassword) onCreated({ username: created.username, password: initialPassword });
          },
        },
      );
      return;
    }
    const patch: UserPatchInput = { version: user.version };
    if (mayEditAccount && values.displayName.trim() !== user.displayName) patch.displayName = values.displayName.trim();
    // The masked address is not sent back: an empty field keeps the address on file.
    if (mayEditAccount && email) patch.email = email;
    if (mayChangeRole && values.role !== user.role) patch.role = values.role;
    if ((mayEditAccount || mayChangeRole) && departmentId !== user.departmentId) patch.departmentId = departmentId;
    if ((mayEditAccount || mayChangeRole) && role === 'leader' && personId !== user.personId) patch.personId = personId;
    if (Object.keys(patch).length === 1) return handleClose();
    update.mutate({ id: user.id, ...patch }, { onSuccess: handleClose });
  };

  const isStale = mutation.error instanceof ApiError && mutation.error.isStaleVersion;
  const initialValues: Partial<FormValues> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        departmentId: user.departmentId ?? undefined,
        personId: user.personId ?? undefined,
      }
    : { role: listPolicies.assignableRoles.includes('dept_staff') ? 'dept_staff' : listPolicies.assignableRoles[0] };

  return (
    <Modal
      open={target !== null}
      title={user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}
      okText={user ? t('common.save') : t('users.create')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={handleClose}
      destroyOnHidden
    >
      {isStale ? (
        <StaleVersionAlert
          message={t('users.stale')}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: userKeys.all });
            handleClose();
          }}
        />
      ) : (
        mutation.error && <Alert type="error" showIcon role="alert" title={errorText(mutation.error, t)} className="review-comment" />
      )}
      <Form<FormValues> form={form} layout="vertical" onFinish={handleFinish} initialValues={initialValues} className="modal-form" preserve={false}>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={isCreate ? t('users.usernameHint') : undefined}
          rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{2,50}$/, message: t('users.usernameRule') }]}
        >
          <Input autoComplete="off" disabled={!isCreate} maxLength={50} />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}>
          <Input disabled={!mayEditAccount} maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} extra={!mayChangeRole ? t('users.roleNotYours') : undefined} rules={[{ required: true }]}>
          <Select options={roleOptions} disabled={!mayChangeRole} />
        </Form.Item>
        {role && isDepartmentRole(role) && (
          <Form.Item name="departmentId" label={t('users.department')} rules={[{ required: true, message: t('users.departmentRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!mayEditAccount && !mayChangeRole}
              options={departments.map((department) => ({
                value: department.id,
                // Both names, so either finds it (市科学技术局 / 市科技局).
                label: department.shortName && department.shortName !== department.name ? `${department.name}（${department.shortName}）` : department.name,
              }))}
            />
          </Form.Item>
        )}
        {role === 'leader' && (
          <Form.Item name="personId" label={t('users.leaderPerson')} extra={t('users.leaderPersonHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!mayEditAccount && !mayChangeRole}
              options={leaders.map((leader) => ({ value: leader.id, label: leader.title ? `${leader.name}（${leader.title}）` : leader.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="email"
          label={t('users.email')}
          extra={user?.email ? t('users.emailKeep', { email: user.email }) : t('users.emailHint')}
          rules={[{ type: 'email', message: t('users.emailRule') }]}
        >
          <Input type="email" autoComplete="off" disabled={!mayEditAccount} maxLength={254} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
