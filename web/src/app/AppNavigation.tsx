import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { viewAccess } from '../models/access';
import { formatRoute, type Route } from '../models/route';
import { dashboardRoles, holdsRole, type SessionAccount } from '../models/session';

/**
 * The left navigation: the views the signed-in account may open (docs/privacy.md §7), the
 * current one marked. Anonymous users see the start page only.
 */
export function AppNavigation({
  route,
  navigate,
  account,
}: {
  route: Route;
  navigate(route: Route): void;
  account?: SessionAccount | undefined;
}) {
  const { t } = useI18n();
  const candidates: { route: Route; label: string }[] = [
    { route: { view: 'home' }, label: t('nav.home') },
    {
      route: { view: 'explorer', focus: route.view === 'explorer' ? route.focus : null },
      label: t('nav.explorer'),
    },
    { route: { view: 'dataTransfer' }, label: t('nav.dataTransfer') },
    { route: { view: 'antennae' }, label: t('nav.antennae') },
    {
      route: { view: 'initiatives', id: route.view === 'initiatives' ? route.id : null },
      label: t('nav.initiatives'),
    },
    {
      route: { view: 'suggestions', forId: route.view === 'suggestions' ? route.forId : null },
      label: t('nav.suggestions'),
    },
    { route: { view: 'privacy' }, label: t('nav.privacy') },
    { route: { view: 'accounts' }, label: t('nav.accounts') },
  ];
  const items = candidates.filter((item) => {
    const access = viewAccess(item.route.view, { checked: true, account });
    return access === 'open' || access === 'allowed';
  });
  // The dashboard guards itself (it explains sign-in and roles on its own page).
  if (holdsRole(account, ...dashboardRoles)) {
    items.splice(1, 0, { route: { view: 'dashboard' }, label: t('nav.dashboard') });
  }
  const follow = (target: Route) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(target);
  };
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.route.view}>
            <a
              href={formatRoute(item.route)}
              aria-current={item.route.view === route.view ? 'page' : undefined}
              onClick={follow(item.route)}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
