import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route';

describe('the route', () => {
  it('round-trips the explorer with its stakeholder through the URL', () => {
    const route = { view: 'explorer', focus: 'UGVyc29uOjE=' } as const;
    const url = new URL(formatRoute(route), 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual(route);
  });

  it('reads the explorer without a stakeholder, and anything unknown as home', () => {
    expect(parseRoute('/verkennen/', '')).toEqual({ view: 'explorer', focus: null });
    expect(parseRoute('/nope', '?id=1')).toEqual({ view: 'home' });
    expect(formatRoute({ view: 'home' })).toBe('/');
  });
});
