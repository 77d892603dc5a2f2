import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { daysAgo, registerClient } from './registerFixtures';
import {
  accountOf,
  createE2eAccounts,
  eventually,
  registerSession,
  signedInPage,
  uuidOfGlobalId,
} from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * An official looks up the antennae of a village. Recorded through GraphQL first, everyone living
 * in the village, both officials covering it:
 *
 *   Els (official) ── Ann ── Dirk          Els reaches Ann, Dirk and Bob; only she reaches Ann and Dirk
 *        └──── Bob ────┐                   Kees reaches Bob and Cor; only he reaches Cor
 *   Kees (official) ───┴── Cor
 *
 * Fien also lives there and is active in Sport, but nobody reaches her: Harreveld × Sport is a
 * blind spot without any antenna.
 */
describe('the antennae view', () => {
  const run = Date.now().toString(36);
  const name = {
    area: `Harreveld ${run}`,
    els: `Els Tijink ${run}`,
    kees: `Kees Slütter ${run}`,
    ann: `Ann Oonk ${run}`,
    dirk: `Dirk Wopereis ${run}`,
    bob: `Bob Rensink ${run}`,
    cor: `Cor Kolkman ${run}`,
    fien: `Fien Hulshof ${run}`,
    sport: `Sport ${run}`,
  };
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cookie: string;

  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    // A privacy officer records the village and everyone in it; the official covering the
    // village (their account's area) looks at it in the browser.
    ({ cookie } = await registerSession(`e2e-antennae-po-${run}-`));
    const api = registerClient(baseUrl, cookie);
    const area = await api.area(name.area);
    const [els, kees, ann, dirk, bob, cor, fien, sport] = await Promise.all([
      api.person(name.els, 'GEBIEDSMAKELAAR'),
      api.person(name.kees, 'WIJKCONSULENT'),
      api.person(name.ann),
      api.person(name.dirk),
      api.person(name.bob),
      api.person(name.cor),
      api.person(name.fien),
      api.theme(name.sport),
    ]);
    const recent = { strength: 4, lastContact: daysAgo(10) };
    await api.link('COVERS', els, area);
    await api.link('COVERS', kees, area);
    for (const resident of [ann, dirk, bob, cor, fien]) await api.link('LIVES_IN', resident, area);
    await api.link('ACTIVE_IN', fien, sport);
    await api.link('KNOWS', els, ann, recent);
    await api.link('KNOWS', ann, dirk, recent);
    await api.link('KNOWS', els, bob, recent);
    await api.link('KNOWS', kees, bob, recent);
    await api.link('KNOWS', kees, cor, recent);
    const accounts = await createE2eAccounts(`e2e-antennae-${run}-`, [uuidOfGlobalId(area)]);
    browser = await launchChromium();
    ({ page, errors } = await signedInPage(browser, accountOf(accounts, 'OFFICIAL'), {
      viewport: { width: 1440, height: 960 },
    }));
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the officials who are antennae in a village, whom each reaches, and what only they reach', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Antennes' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Antennes' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/antennes');
    await page.getByText('Kies een gebied of thema om de antennes te zien.').waitFor();

    await page.getByLabel('Gebied').selectOption({ label: name.area });
    const list = page.getByTestId('antenna-list');
    await list.waitFor();
    const antennae = list.getByTestId('antenna');
    // Largest unique reach first: Els (Ann, Dirk) before Kees (Cor).
    await eventually(() => antennae.count()).toBe(2);
    await expect(antennae.nth(0).textContent()).resolves.toContain(name.els);
    await expect(antennae.nth(0).getByTestId('antenna-unique').textContent()).resolves.toBe(
      'Alleen via deze antenne: 2',
    );
    await expect(antennae.nth(1).textContent()).resolves.toContain(name.kees);
    await expect(antennae.nth(1).getByTestId('antenna-unique').textContent()).resolves.toBe(
      'Alleen via deze antenne: 1',
    );
    await expect(page.getByTestId('antennae-summary').textContent()).resolves.toBe(
      '2 antennes bereiken samen 4 belanghebbenden; 3 daarvan alleen via één antenne.',
    );

    // The graph: two officials and the four residents; a line for each reach (Bob twice).
    const graph = page.getByTestId('network-graph');
    await eventually(() => graph.getAttribute('data-node-count')).toBe('6');
    await eventually(() => graph.getAttribute('data-edge-count')).toBe('5');

    // Beside the antennae, the blind spots: nobody reaches Fien, the one in Sport.
    const blindSpots = page.getByTestId('blind-spots').getByTestId('blind-spot');
    await eventually(() => blindSpots.count()).toBe(1);
    await expect(blindSpots.nth(0).textContent()).resolves.toBe(
      `${name.area} × ${name.sport}Geen antenne: niemand van de 1 bereikt`,
    );

    // Single out Els: whom only she reaches is listed.
    await antennae.nth(0).getByRole('button', { name: 'Bereik tonen' }).click();
    const unique = antennae.nth(0).getByTestId('uniquely-reached');
    await unique.waitFor();
    const uniqueNames = await unique.getByRole('listitem').allTextContents();
    expect([...uniqueNames].sort()).toEqual([name.ann, name.dirk].sort());
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="network-graph"]')?.getAttribute('data-layout') ===
        'done',
    );
    await page.screenshot({ path: `${screenshotDir}antennae.png` });

    // A name opens that stakeholder in the explorer.
    await unique.getByRole('button', { name: name.ann }).click();
    await page.getByRole('heading', { level: 1, name: 'Netwerk verkennen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/verkennen');
    expect(errors).toEqual([]);
  });

  it('says so when a theme has no antennae: a blind spot', async () => {
    const api = registerClient(inject('baseUrl'), cookie);
    const theme = `Jeugd ${run}`;
    await api.theme(theme);
    await page.goto(`${inject('baseUrl')}/antennes`);
    await page.getByLabel('Thema').selectOption({ label: theme });
    await page.getByTestId('antennae-none').waitFor();
    await expect(page.getByTestId('antennae-none').textContent()).resolves.toContain('blinde vlek');
  });
});
