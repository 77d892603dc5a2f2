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
  gqlRequest,
  registerSession,
  signedInPage,
  uuidOfGlobalId,
} from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * An official goes through the suggested introductions for Ann. Recorded through GraphQL first
 * (by a privacy officer): Ann knows Bob; Bob knows Cas, Dirk and Eva, whom Ann does not know yet.
 * All five live in the village the official's account covers.
 */
describe('the suggestions inbox', () => {
  const run = Date.now().toString(36);
  const name = {
    ann: `Ann Hulshof ${run}`,
    bob: `Bob Hummelink ${run}`,
    cas: `Cas Nijland ${run}`,
    dirk: `Dirk Eppink ${run}`,
    eva: `Eva Luttikhold ${run}`,
  };
  const baseUrl = () => inject('baseUrl');
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cookie: string;
  let annId: string;

  beforeAll(async () => {
    const session = await registerSession(`e2e-suggestions-${run}-`);
    cookie = session.cookie;
    const api = registerClient(baseUrl(), cookie);
    const [area, ann, bob, cas, dirk, eva] = await Promise.all([
      api.area(`Mariënvelde ${run}`),
      api.person(name.ann),
      api.person(name.bob),
      api.person(name.cas),
      api.person(name.dirk),
      api.person(name.eva),
    ]);
    annId = ann;
    const recent = { strength: 4, lastContact: daysAgo(10) };
    await api.link('KNOWS', ann, bob, recent);
    for (const other of [cas, dirk, eva]) await api.link('KNOWS', bob, other, recent);
    for (const resident of [ann, bob, cas, dirk, eva]) await api.link('LIVES_IN', resident, area);
    const accounts = await createE2eAccounts(`e2e-suggestions-off-${run}-`, [uuidOfGlobalId(area)]);
    browser = await launchChromium();
    ({ page, errors } = await signedInPage(browser, accountOf(accounts, 'OFFICIAL'), {
      viewport: { width: 1280, height: 1000 },
    }));
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the introductions for a person with the mutual contact and the reasons', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Suggesties' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Suggesties' }).waitFor();
    const search = page.getByRole('combobox', { name: 'Voor wie? Zoek een persoon of initiatief' });
    await search.fill(`hulshof ${run}`);
    await page.getByRole('option', { name: new RegExp(name.ann) }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await eventually(() => page.getByTestId('suggestions-for').textContent()).toBe(
      `Suggesties voor ${name.ann}`,
    );
    expect(new URL(page.url()).searchParams.get('voor')).toBe(annId);
    const suggestions = page.getByTestId('suggestion');
    await eventually(() => suggestions.count()).toBe(3);
    const names = await suggestions.getByRole('heading').allTextContents();
    expect([...names].sort()).toEqual([name.cas, name.dirk, name.eva].sort());
    for (const text of await suggestions.allTextContents()) {
      expect(text).toContain(`Kennen allebei: ${name.bob}`);
      expect(text).toMatch(/Score \d/);
    }
    await page.screenshot({ path: `${screenshotDir}suggestions.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('introduces, dismisses and snoozes; none of them comes back', async () => {
    const item = (who: string) => page.getByTestId('suggestion').filter({ hasText: who });
    const decided = page.getByTestId('suggestion-decided');

    await item(name.cas).getByRole('button', { name: 'Introduceren' }).click();
    await eventually(() => decided.textContent()).toBe(
      `${name.cas} en ${name.ann} zijn aan elkaar voorgesteld: de band is vastgelegd.`,
    );
    await item(name.dirk).getByRole('button', { name: 'Afwijzen' }).click();
    await eventually(() => decided.textContent()).toBe(
      `${name.dirk} wordt ${name.ann} niet meer voorgesteld.`,
    );
    await item(name.eva).getByRole('button', { name: 'Over 30 dagen opnieuw' }).click();
    await eventually(() => decided.textContent()).toContain(`${name.eva} komt na `);
    await eventually(() => page.getByTestId('suggestion').count()).toBe(0);

    // Ann now knows Cas; asking again brings none of the three back.
    const network = await gqlRequest<{ network: { nodes: { label: string }[] } }>(
      baseUrl(),
      'query ($c: ID!) { network(center: $c, depth: 1) { nodes { label } } }',
      { c: annId },
      cookie,
    );
    expect(network.data?.network.nodes.map((node) => node.label)).toContain(name.cas);
    await page.reload();
    await eventually(() => page.getByTestId('suggestions-for').textContent()).toBeTruthy();
    await page.getByTestId('suggestion-list').waitFor();
    await eventually(async () => page.getByText('Suggesties berekenen…').count()).toBe(0);
    const after = (await page.getByTestId('suggestion').allTextContents()).join(' ');
    for (const who of [name.cas, name.dirk, name.eva]) expect(after).not.toContain(who);
    expect(errors).toEqual([]);
  });
});
