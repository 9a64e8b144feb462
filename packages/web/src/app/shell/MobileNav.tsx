import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@plantrack/contract/enums';
import { SideNav } from './SideNav';

/** The menu as a drawer on phones: its own chunk, so a desktop's first page never loads the drawer. */
export function MobileNav({ role, isOpen, onClose }: { role: Role; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer placement="left" open={isOpen} onClose={onClose} size={272} title={t('app.name')} styles={{ body: { padding: 8 } }}>
      <SideNav role={role} onNavigate={onClose} />
    </Drawer>
  );
}
