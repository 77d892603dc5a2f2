import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticNetwork } from '../src/models/syntheticNetwork';
import { launchChromium, recordPageErrors } from './browser';
import { registerClient } from './registerFixtures';
import { type E2eAccount, registerSession, signInOnPage } from './sessionFixtures';

declare global {
  interface Window {
    /** Listeners on window and document (added minus removed), set by the init script below. */
    __globalListeners?: () => number;
  }
}

/**
 * Big networks and the Cytoscape lifecycle. Synthetic networks come in through the test hooks
 * (`src/testHooks.ts`, compiled into the e2e build only); timings are logged for
 * `docs/guide/performance.md` and asserted only against generous bounds.
 */
describe('big networks in the explorer', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let cookie: string;
  let officer: E2eAccount;
  const graph = () => page.getByTestId('network-graph');

  /** Opens the explorer on `centerId` the way the browser's back/forward does. */
  const openByHistory = (centerId: string) =>
    page.evaluate((id) => {
      history.pushState(null, '', `/verkennen?id=${encodeURIComponent(id)}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, centerId);

  beforeAll(async () => {
    // The explorer is for the register's roles: a privacy officer sees every test network.
    const session = await registerSession(`e2e-big-${Date.now().toString(36)}-`);
    cookie = session.cookie;
    officer = session.account('PRIVACY_OFFICER');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'nl-NL' });
    // Counts the listeners on window and document (added minus removed), for the leak test.
    await context.addInitScript(() => {
      const registry = new Map<EventTarget, Map<string, Set<unknown>>>();
      const add = EventTarget.prototype.addEventListener;
      const remove = EventTarget.prototype.removeEventListener;
      const key = (type: string, options?: boolean | EventListenerOptions) =>
        `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
      const global = (target: EventTarget) => target === window || target === document;
      EventTarget.prototype.addEventListener = function (type, listener, options) {
        if (listener && global(this)) {
          const byType = registry.get(this) ?? new Map<string, Set<unknown>>();
          registry.set(this, byType);
          const listeners = byType.get(key(type, options)) ?? new Set<unknown>();
          byType.set(key(type, options), listeners);
          listeners.add(listener);
        }
        return add.call(this, type, listener, options);
      };
      EventTarget.prototype.removeEventListener = function (type, listener, options) {
        if (listener && global(this)) registry.get(this)?.get(key(type, options))?.delete(listener);
        return remove.call(this, type, listener, options);
      };
      Object.defineProperty(window, '__globalListeners', {
        value: () =>
          [...registry.values()]
            .flatMap((byType) => [...byType.values()])
            .reduce((sum, listeners) => sum + listeners.size, 0),
      });
    });
    page = await context.newPage();
    errors = recordPageErrors(page);
    await page.goto(`${inject('baseUrl')}/`);
    await signInOnPage(page, officer);
    await page.goto(`${inject('baseUrl')}/verkennen`);
    await page.getByRole('heading', { level: 1, name: 'Netwerk verkennen' }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  for (const size of [500, 2_000]) {
    it(`draws ${size} nodes and ${size * 4} links and lays them out without freezing the page`, async () => {
      const network = syntheticNetwork(size);
      const timings = await page.evaluate(async (net) => {
        const hooks = window.__antenneTest;
        if (!hooks) throw new Error('the e2e build has no test hooks');
        hooks.provideNetwork(net);
        let longestTask = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            longestTask = Math.max(longestTask, entry.duration);
        });
        observer.observe({ type: 'longtask' });
        // Frames drawn while the layout runs: a frozen page draws none.
        let frames = 0;
        let counting = true;
        const countFrames = () => {
          frames += 1;
          if (counting) requestAnimationFrame(countFrames);
        };
        // Remember the progress text whenever it shows: on a fast machine the layout may finish
        // before the test could look, so reading it once afterwards would race.
        let progress: string | null = null;
        const progressWatch = new MutationObserver(() => {
          const text = document.querySelector('[data-testid="layout-progress"]')?.textContent;
          if (text) progress = text;
        });
        progressWatch.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        const start = performance.now();
        const markAfter = (name: string) =>
          new Promise<number>((resolve) => {
            const poll = () => {
              const mark = performance
                .getEntriesByName(name)
                .find((entry) => entry.startTime > start);
              if (mark) resolve(mark.startTime - start);
              else setTimeout(poll, 20);
            };
            poll();
          });
        history.pushState(null, '', `/verkennen?id=${encodeURIComponent(net.centerId)}`);
        dispatchEvent(new PopStateEvent('popstate'));
        const syncStart = await markAfter('antenne:elements-sync-start');
        const synced = await markAfter('antenne:elements-synced');
        const firstRender = await markAfter('antenne:graph-rendered');
        requestAnimationFrame(countFrames);
        const layoutDone = await markAfter('antenne:layout-done');
        counting = false;
        observer.disconnect();
        progressWatch.disconnect();
        return {
          syncStart,
          synced,
          firstRender,
          layoutDone,
          longestTask,
          framesDuringLayout: frames,
          progress,
        };
      }, network);
      console.info(
        `bench ${size} nodes / ${network.edges.length} links: ${JSON.stringify(timings)}`,
      );
      expect(await graph().getAttribute('data-node-count')).toBe(String(size));
      expect(await graph().getAttribute('data-edge-count')).toBe(String(network.edges.length));
      expect(await graph().getAttribute('data-layout')).toBe('done');
      // Generous bounds: this is a smoke alarm for a frozen page, not a timed test.
      expect(timings.firstRender).toBeLessThan(20_000);
      expect(timings.layoutDone).toBeLessThan(60_000);
      expect(timings.longestTask).toBeLessThan(10_000);
      if (size >= 2_000) {
        expect(timings.framesDuringLayout).toBeGreaterThan(1);
        // While the worker lays it out, the user sees that it is busy.
        expect(timings.progress).toBe('Netwerk van 2.000 knopen schikken…');
      }
      expect(await page.getByTestId('layout-progress').count()).toBe(0);
    });
  }

  it('says what the cap left out and loads more of it on request', async () => {
    const network = syntheticNetwork(700, 3, 11);
    await page.evaluate((net) => window.__antenneTest?.provideNetwork(net, { cut: true }), network);
    await openByHistory(network.centerId);
    const notice = page.getByTestId('truncated-notice');
    await notice.getByText('550 knopen zijn weggelaten').waitFor();
    expect(await graph().getAttribute('data-node-count')).toBe('150');
    await notice.getByRole('button', { name: 'Meer laden (tot 300 knopen)' }).click();
    await notice.getByText('400 knopen zijn weggelaten').waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="network-graph"]')?.getAttribute('data-node-count') ===
        '300',
    );
    await notice.getByRole('button', { name: 'Meer laden (tot 600 knopen)' }).click();
    await notice.getByRole('button', { name: 'Meer laden (tot 1.200 knopen)' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="network-graph"]')?.getAttribute('data-node-count') ===
        '700',
    );
  });

  it('leaves no Cytoscape instance, canvas or listener behind after 20 stakeholders', async () => {
    const api = registerClient(inject('baseUrl'), cookie);
    const run = Date.now().toString(36);
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, index) => api.person(`Rondgang ${index} ${run}`)),
    );
    for (const [index, person] of people.entries()) {
      const next = people[(index + 1) % people.length];
      if (next) await api.link('KNOWS', person, next, { strength: 3 });
    }
    const snapshot = () =>
      page.evaluate(() => ({
        canvases: document.querySelectorAll('canvas').length,
        cytoscape: window.__antenneTest?.cytoscape(),
        listeners: window.__globalListeners?.() ?? -1,
      }));
    let first: Awaited<ReturnType<typeof snapshot>> | undefined;
    for (const [index, person] of people.entries()) {
      await openByHistory(person);
      await page.getByRole('heading', { level: 2, name: `Rondgang ${index} ${run}` }).waitFor();
      await page.waitForFunction(() => {
        const element = document.querySelector('[data-testid="network-graph"]');
        return (
          element?.getAttribute('data-node-count') === '3' &&
          element.getAttribute('data-layout') === 'done'
        );
      });
      first ??= await snapshot();
    }
    const last = await snapshot();
    console.info(`after 20 stakeholders: ${JSON.stringify({ first, last })}`);
    expect(last.cytoscape?.live).toBe(1);
    expect(last.cytoscape?.created).toBeGreaterThanOrEqual((first?.cytoscape?.created ?? 0) + 19);
    expect(last.canvases).toBe(first?.canvases);
    expect(last.listeners).toBe(first?.listeners);
    expect(errors.filter((error) => error.startsWith('page:'))).toEqual([]);
  });
});
