import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ChainLink } from '@plantrack/contract/enums';
import type { Responsibility } from '@plantrack/contract/items/items.contract';
import { ChainGapTag } from './ChainGapTag';

interface Step {
  link: ChainLink;
  value: React.ReactNode | null;
  extra?: React.ReactNode;
}

/**
 * 责任链: 分管市领导 → 牵头部门 (与配合部门) → 具体科室 → 工作人员, with the phone to call.
 * "Who is answerable for this?" always gets an answer, or a red note of what is missing.
 */
export function ResponsibilityChain({ responsibility }: { responsibility: Responsibility }) {
  const { t } = useTranslation();
  const { leader, leadDepartment, coDepartments, section, staff } = responsibility;
  const comma = t('common.enumerationComma');
  const steps: Step[] = [
    { link: 'leader', value: leader ? [leader.name, leader.title].filter(Boolean).join(' · ') : null },
    {
      link: 'leadDepartment',
      value: leadDepartment ? (leadDepartment.name ?? leadDepartment.shortName) : null,
      extra:
        coDepartments.length > 0 ? (
          <div className="chain__extra">
            <span className="chain__extra-label">{t('chain.coDepartments')}</span>
            {coDepartments.map((department) => department.shortName ?? department.name).join(comma)}
          </div>
        ) : null,
    },
    { link: 'section', value: section?.name ?? null },
    {
      link: 'staff',
      value: staff ? (
        <span>
          {staff.name}
          {staff.phone && (
            <a
              className="chain__phone"
              href={`tel:${staff.phone.replace(/[^\d+]/g, '')}`}
              aria-label={t('chain.call', { name: staff.name, phone: staff.phone })}
            >
              <PhoneOutlined aria-hidden="true" /> {staff.phone}
            </a>
          )}
        </span>
      ) : null,
    },
  ];

  return (
    <div className="chain">
      {!responsibility.isComplete && (
        <div className="chain__warning">
          <ChainGapTag responsibility={responsibility} />
        </div>
      )}
      <ol className="chain__steps">
        {steps.map((step, index) => (
          <li key={step.link} className={step.value ? 'chain__step' : 'chain__step chain__step--missing'}>
            <span className="chain__marker" aria-hidden="true">
              {index + 1}
            </span>
            <div className="chain__body">
              <div className="chain__label">{t(`chain.links.${step.link}`)}</div>
              <div className="chain__value">{step.value ?? <span className="chain__missing">{t('chain.notSet')}</span>}</div>
              {step.extra}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
