import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatRoute, type Route } from '../models/route';

/** The left navigation: the views of the app, the current one marked. */
export function AppNavigation({
  route,
  navigate,
  canSeeDashboard = false,
}: {
  route: Route;
  navigate(route: Route): void;
  /** The management dashboard is listed for MANAGEMENT and ADMIN only. */
  canSeeDashboard?: boolean;
}) {
  const { t } = useI18n();
  const items: { route: Route; label: string }[] = [
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
  ];
  if (canSeeDashboard) items.push({ route: { view: 'dashboard' }, label: t('nav.dashboard') });
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
