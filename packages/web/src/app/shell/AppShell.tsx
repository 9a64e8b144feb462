import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches } from 'react-router-dom';
import { RoleGate } from '../../features/auth/components/RoleGate';
import { UserMenu } from '../../features/auth/components/UserMenu';
import { useSignedInUser } from '../../features/auth/hooks/useSignedInUser';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { SampleDataBanner } from '../../features/plan/components/SampleDataBanner';
import { usePlan } from '../../features/plan/hooks/usePlan';
import { PageLoading } from '../../ui/PageLoading';
import { PLAN_READERS } from '../navigation';
import type { RouteAccess } from '../router';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';

const MobileNav = lazy(async () => ({ default: (await import('./MobileNav')).MobileNav }));

/**
 * The frame of every signed-in page: header with the plan's title, the role's menu (a drawer on
 * phones), the sample-data notice, and the page. Focus moves to the page on navigation so
 * screen-reader and keyboard users start at its content.
 */
export function AppShell() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.lg ?? true;
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const access = [...useMatches()].reverse().find((match) => (match.handle as RouteAccess | undefined)?.roles)?.handle as RouteAccess | undefined;
  const isPlanReader = PLAN_READERS.includes(user.role);
  const { data: plan } = usePlan({ enabled: isPlanReader });

  // After a navigation (not on the first page load, where Tab should reach the skip link first).
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    main.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  const planTitle = plan?.title ?? t('app.tagline');

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {!isDesktop && (
          <Button
            type="text"
            className="app-header__menu-button"
            icon={<MenuOutlined aria-hidden="true" />}
            aria-label={t('shell.openMenu')}
            aria-expanded={isDrawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="app-header__brand" aria-label={t('shell.home')}>
          <span className="app-header__logo" aria-hidden="true">
            <img src="/favicon.svg" alt="" width={30} height={30} />
          </span>
          <span className="app-header__product">{t('app.name')}</span>
        </Link>
        {isDesktop && (
          <span className="app-header__plan" title={planTitle}>
            {planTitle}
          </span>
        )}
        <div className="app-header__spacer" />
        <NotificationBell />
        <LanguageSwitch className="app-header__language" />
        <UserMenu isCompact={!isDesktop} />
      </Layout.Header>
      {plan && <SampleDataBanner plan={plan} />}
      <Layout className="app-body">
        {isDesktop ? (
          <Layout.Sider width={224} className="app-sider" theme="light">
            <SideNav role={user.role} />
          </Layout.Sider>
        ) : (
          <Suspense fallback={null}>
            <MobileNav role={user.role} isOpen={isDrawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        )}
        <Layout.Content>
          <main id="main-content" ref={main} tabIndex={-1} className="app-main">
            <Suspense fallback={<PageLoading />}>
              {access ? (
                <RoleGate roles={access.roles}>
                  <Outlet />
                </RoleGate>
              ) : (
                <Outlet />
              )}
            </Suspense>
          </main>
          <footer className="app-footer">{t('app.footer')}</footer>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
