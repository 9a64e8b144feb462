import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FormOutlined,
  ImportOutlined,
  LineChartOutlined,
  NodeIndexOutlined,
  SafetyOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Role } from '@plantrack/contract/enums';
import { navigationFor } from '../navigation';
import type { NavGroup, NavKey } from '../navigation';

const ICONS: Record<NavKey, React.ReactNode> = {
  dashboard: <DashboardOutlined />,
  portfolio: <UserOutlined />,
  ledgers: <TableOutlined />,
  myItems: <TableOutlined />,
  imports: <ImportOutlined />,
  indicators: <LineChartOutlined />,
  roadmap: <NodeIndexOutlined />,
  reporting: <FormOutlined />,
  cycles: <CalendarOutlined />,
  review: <FileDoneOutlined />,
  supervision: <AlertOutlined />,
  users: <TeamOutlined />,
  departments: <ApartmentOutlined />,
  settings: <SettingOutlined />,
  security: <SafetyOutlined />,
  audit: <AuditOutlined />,
};

const GROUP_ORDER: NavGroup[] = ['plan', 'work', 'admin'];

/** The side menu: only what the signed-in role may use, grouped, as real links with the current page marked. */
export function SideNav({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const entries = navigationFor(role);

  // The longest menu path that prefixes the current one is "where I am" (items/… belongs to ledgers).
  const section = location.pathname.startsWith('/items/') ? '/ledgers' : location.pathname;
  const selected = entries.filter((entry) => section === entry.path || section.startsWith(`${entry.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];

  return (
    <nav aria-label={t('shell.mainNavigation')} className="side-nav">
      {GROUP_ORDER.map((group) => {
        const inGroup = entries.filter((entry) => entry.group === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="side-nav__group">
            <span className="side-nav__group-title" id={`nav-group-${group}`}>
              {t(`nav.groups.${group}`)}
            </span>
            <ul aria-labelledby={`nav-group-${group}`}>
              {inGroup.map((entry) => {
                const isCurrent = selected?.key === entry.key;
                return (
                  <li key={entry.key}>
                    <Link
                      to={entry.path}
                      className={isCurrent ? 'side-nav__link side-nav__link--current' : 'side-nav__link'}
                      aria-current={isCurrent ? 'page' : undefined}
                      onClick={onNavigate}
                    >
                      <span className="side-nav__icon" aria-hidden="true">
                        {ICONS[entry.key]}
                      </span>
                      {t(`nav.${entry.key}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
