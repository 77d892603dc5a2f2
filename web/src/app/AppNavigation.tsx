import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatRoute, type Route } from '../models/route';

/**
 * The left navigation: only the views that work today. Antennae, the initiative workspace and
 * the suggestions inbox join this list when their APIs land.
 */
export function AppNavigation({ route, navigate }: { route: Route; navigate(route: Route): void }) {
  const { t } = useI18n();
  const items: { route: Route; label: string }[] = [
    { route: { view: 'home' }, label: t('nav.home') },
    {
      route: { view: 'explorer', focus: route.view === 'explorer' ? route.focus : null },
      label: t('nav.explorer'),
    },
  ];
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
      <p className="app-nav__later">{t('nav.later')}</p>
    </nav>
  );
}
