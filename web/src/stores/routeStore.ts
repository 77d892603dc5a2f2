import { formatRoute, parseRoute, type Route } from '../models/route';
import { createState, type Observable } from './storeKit';

/** The browser's address bar, as far as the route store needs it. */
export interface RouteHistory {
  location(): { pathname: string; search: string };
  push(url: string): void;
  /** Replaces the current entry (a redirect leaves no step to go back to); falls back to push. */
  replace?(url: string): void;
  /** Calls back on back/forward; returns the unsubscribe. */
  onPop(listener: () => void): () => void;
}

export interface RouteStore extends Observable<Route> {
  navigate(route: Route): void;
  /** Like `navigate`, replacing the current history entry (e.g. sending to sign-in). */
  redirect(route: Route): void;
}

export function createRouteStore(history: RouteHistory): RouteStore {
  const read = () => {
    const { pathname, search } = history.location();
    return parseRoute(pathname, search);
  };
  const state = createState<Route>(read());
  history.onPop(() => state.set(read()));
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    navigate(route) {
      const url = formatRoute(route);
      const { pathname, search } = history.location();
      if (url !== `${pathname}${search}`) history.push(url);
      state.set(read());
    },
    redirect(route) {
      const url = formatRoute(route);
      const { pathname, search } = history.location();
      if (url !== `${pathname}${search}`) (history.replace ?? history.push)(url);
      state.set(read());
    },
  };
}

export function browserHistory(win: Window): RouteHistory {
  return {
    location: () => ({ pathname: win.location.pathname, search: win.location.search }),
    push: (url) => win.history.pushState(null, '', url),
    replace: (url) => win.history.replaceState(null, '', url),
    onPop(listener) {
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
  };
}
