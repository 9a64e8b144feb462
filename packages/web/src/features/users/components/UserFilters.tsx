import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@plantrack/contract/enums';
import type { Role } from '@plantrack/contract/enums';
import type { DepartmentChoice } from '@plantrack/contract/users/users.contract';
import { USER_STATUSES } from './user-filter';
import type { UserFilter, UserStatus } from './user-filter';

/** Search by login name or name; narrow by role, department and status. */
export function UserFilters({
  filter,
  departments,
  onChange,
}: {
  filter: UserFilter;
  departments: DepartmentChoice[];
  onChange: (filter: UserFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filter-bar" role="search" aria-label={t('users.filters')}>
      <Input.Search
        className="filter-bar__search"
        value={filter.search ?? ''}
        onChange={(event) => onChange({ ...filter, search: event.target.value })}
        placeholder={t('users.searchPlaceholder')}
        aria-label={t('users.search')}
        allowClear
      />
      <Select
        className="filter-bar__select"
        aria-label={t('users.role')}
        placeholder={t('users.allRoles')}
        value={filter.role}
        onChange={(role?: Role) => onChange({ ...filter, role })}
        allowClear
        popupMatchSelectWidth={false}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <Select
        className="filter-bar__select"
        aria-label={t('users.department')}
        placeholder={t('users.allDepartments')}
        value={filter.departmentId}
        onChange={(departmentId?: number) => onChange({ ...filter, departmentId })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        options={departments.map((department) => ({ value: department.id, label: department.shortName || department.name }))}
      />
      <Select
        className="filter-bar__select"
        aria-label={t('users.status')}
        placeholder={t('users.allStatuses')}
        value={filter.status}
        onChange={(status?: UserStatus) => onChange({ ...filter, status })}
        allowClear
        popupMatchSelectWidth={false}
        options={USER_STATUSES.map((status) => ({ value: status, label: t(`users.statuses.${status}`) }))}
      />
    </div>
  );
}
