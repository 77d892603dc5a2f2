import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPageErrors } from './browser';
import { daysAgo, registerClient } from './registerFixtures';
import {
  createE2eAccounts,
  type E2eAccount,
  eventually,
  gqlRequest,
  signInOnPage,
} from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * An official goes through the suggested introductions for Ann. Recorded through GraphQL first:
 * Ann knows Bob; Bob knows Cas, Dirk and Eva, whom Ann does not know yet.
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
  let official: E2eAccount;
  let annId: string;

  beforeAll(async () => {
    const api = registerClient(baseUrl());
    const [ann, bob, cas, dirk, eva] = await Promise.all([
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
    const accounts = await createE2eAccounts(`e2e-suggestions-${run}-`);
    const account = accounts.find((a) => a.role === 'OFFICIAL');
    if (!account) throw new Error('no official account');
    official = account;
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      locale: 'nl-NL',
    });
    page = await context.newPage();
    errors = recordPageErrors(page);
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the introductions for a person with the mutual contact and the reasons', async () => {
    await page.goto(baseUrl());
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

  it('asks to sign in when the server wants a session for a decision', async () => {
    const probe = await gqlRequest(
      baseUrl(),
      'mutation { decideSuggestion(id: "U3VnZ2VzdGlvbjp4", decision: DISMISS) { id } }',
    );
    const signInRequired = probe.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
    if (signInRequired) {
      const cas = page.getByTestId('suggestion').filter({ hasText: name.cas });
      await cas.getByRole('button', { name: 'Introduceren' }).click();
      await eventually(() => cas.getByTestId('decision-error').textContent()).toBe(
        'Meld u aan om suggesties te beoordelen.',
      );
      expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
      errors.length = 0;
    }
    // Either way, the inbox is for signed-in officials: sign in for the decisions that follow.
    await signInOnPage(page, official);
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
