import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface Crumb {
  title: string;
  to?: string;
}

export interface PageHeaderProps {
  title: React.ReactNode;
  /** One line under the title: what this page is about. */
  description?: React.ReactNode;
  crumbs?: Crumb[];
  tags?: React.ReactNode;
  actions?: React.ReactNode;
}

/** The top of every page: where you are, what this is, and what you can do here. The title is the page's h1. */
export function PageHeader({ title, description, crumbs, tags, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={t('shell.breadcrumb')} className="breadcrumb">
          <ol>
            {crumbs.map((crumb, index) => {
              const isLast = index === crumbs.length - 1;
              return (
                <li key={`${crumb.title}-${index}`}>
                  {crumb.to && !isLast ? <Link to={crumb.to}>{crumb.title}</Link> : <span aria-current={isLast ? 'page' : undefined}>{crumb.title}</span>}
                  {!isLast && <RightOutlined aria-hidden="true" className="breadcrumb__separator" />}
                </li>
              );
            })}
          </ol>
        </nav>
      )}
      <div className="page-header__row">
        <div className="page-header__main">
          <h1 className="page-header__title">{title}</h1>
          {tags && <div className="page-header__tags">{tags}</div>}
          {description && <p className="page-header__description">{description}</p>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
