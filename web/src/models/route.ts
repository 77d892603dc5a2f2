/**
 * Where the user is, as a typed value kept in the URL (History API): the start page, or the
 * explorer with the stakeholder it is centred on. New views (antennae, initiatives, suggestions)
 * add a variant here and a path below.
 */
export type Route =
  | { view: 'home' }
  | { view: 'explorer'; focus: string | null }
  | { view: 'dataTransfer' }
  | { view: 'antennae' }
  | { view: 'initiatives'; id: string | null }
  | { view: 'suggestions'; forId: string | null }
  | { view: 'signIn'; returnTo?: string | null }
  | { view: 'dashboard' }
  | { view: 'publicPage' }
  | { view: 'privacy' }
  | { view: 'accounts' };

export const explorerPath = '/verkennen';
export const dataTransferPath = '/gegevens';
export const antennaePath = '/antennes';
export const initiativesPath = '/initiatieven';
export const suggestionsPath = '/suggesties';
export const signInPath = '/inloggen';
export const dashboardPath = '/dashboard';
export const publicPagePath = '/voor-inwoners';
export const privacyPath = '/privacy';
export const accountsPath = '/beheer';

/**
 * Where to go back to after signing in: only a path of this app (starting with one `/`), never
 * another site, so `/inloggen?terug=//evil.example` cannot send anyone away.
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  return value;
}

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === explorerPath) {
    const focus = new URLSearchParams(search).get('id');
    return { view: 'explorer', focus: focus?.trim() ? focus : null };
  }
  if (path === dataTransferPath) return { view: 'dataTransfer' };
  if (path === signInPath)
    return { view: 'signIn', returnTo: safeReturnTo(new URLSearchParams(search).get('terug')) };
  if (path === privacyPath) return { view: 'privacy' };
  if (path === accountsPath) return { view: 'accounts' };
  if (path === dashboardPath) return { view: 'dashboard' };
  if (path === publicPagePath) return { view: 'publicPage' };
  if (path === antennaePath) return { view: 'antennae' };
  if (path === initiativesPath) return { view: 'initiatives', id: null };
  if (path.startsWith(`${initiativesPath}/`)) {
    const id = decodeURIComponent(path.slice(initiativesPath.length + 1));
    return { view: 'initiatives', id: id.trim() ? id : null };
  }
  if (path === suggestionsPath) {
    const forId = new URLSearchParams(search).get('voor');
    return { view: 'suggestions', forId: forId?.trim() ? forId : null };
  }
  return { view: 'home' };
}

export function formatRoute(route: Route): string {
  if (route.view === 'home') return '/';
  if (route.view === 'dataTransfer') return dataTransferPath;
  if (route.view === 'signIn') {
    const returnTo = safeReturnTo(route.returnTo);
    return returnTo ? `${signInPath}?terug=${encodeURIComponent(returnTo)}` : signInPath;
  }
  if (route.view === 'privacy') return privacyPath;
  if (route.view === 'accounts') return accountsPath;
  if (route.view === 'dashboard') return dashboardPath;
  if (route.view === 'publicPage') return publicPagePath;
  if (route.view === 'antennae') return antennaePath;
  if (route.view === 'initiatives')
    return route.id ? `${initiativesPath}/${encodeURIComponent(route.id)}` : initiativesPath;
  if (route.view === 'suggestions')
    return route.forId
      ? `${suggestionsPath}?voor=${encodeURIComponent(route.forId)}`
      : suggestionsPath;
  return route.focus ? `${explorerPath}?id=${encodeURIComponent(route.focus)}` : explorerPath;
}
