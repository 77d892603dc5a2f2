import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route';

const roundTrip = (route: Route) => {
  const url = new URL(formatRoute(route), 'http://x');
  return parseRoute(url.pathname, url.search);
};

describe('the routes of the antennae, initiative and suggestion views', () => {
  it('round-trips each view through the URL, ids with base64 characters included', () => {
    const routes: Route[] = [
      { view: 'antennae' },
      { view: 'initiatives', id: null },
      { view: 'initiatives', id: 'SW5pdGlhdGl2ZTox+/=' },
      { view: 'suggestions', forId: null },
      { view: 'suggestions', forId: 'UGVyc29uOjE=' },
    ];
    for (const route of routes) expect(roundTrip(route)).toEqual(route);
  });

  it('uses Dutch paths', () => {
    expect(formatRoute({ view: 'antennae' })).toBe('/antennes');
    expect(formatRoute({ view: 'initiatives', id: 'abc' })).toBe('/initiatieven/abc');
    expect(formatRoute({ view: 'suggestions', forId: 'p1' })).toBe('/suggesties?voor=p1');
    expect(parseRoute('/initiatieven/', '')).toEqual({ view: 'initiatives', id: null });
  });
});
