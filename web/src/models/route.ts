/**
 * Where the user is, as a typed value kept in the URL (History API): the start page, or the
 * explorer with the stakeholder it is centred on. New views (antennae, initiatives, suggestions)
 * add a variant here and a path below.
 */
export type Route = { view: 'home' } | { view: 'explorer'; focus: string | null };

export const explorerPath = '/verkennen';

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === explorerPath) {
    const focus = new URLSearchParams(search).get('id');
    return { view: 'explorer', focus: focus?.trim() ? focus : null };
  }
  return { view: 'home' };
}

export function formatRoute(route: Route): string {
  if (route.view === 'home') return '/';
  return route.focus ? `${explorerPath}?id=${encodeURIComponent(route.focus)}` : explorerPath;
}
