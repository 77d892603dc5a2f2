import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { daysAgo, registerClient } from './registerFixtures';
import {
  eventually,
  gqlRequest,
  registerSession,
  signedInPage,
  uuidOfGlobalId,
} from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * The privacy officer handles three residents' requests on /privacy: Pien asks what is stored
 * about her (subject access), Kees objects, Willem wants to be erased; then the officer searches
 * the audit trail for Pien and sees the chain is intact.
 */
describe('the privacy officer’s page', () => {
  const run = Date.now().toString(36);
  const name = {
    pien: `Pien Scholten ${run}`,
    kees: `Kees Bezemer ${run}`,
    willem: `Willem Wissink ${run}`,
  };
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cookie: string;
  const ids: Record<keyof typeof name, string> = { pien: '', kees: '', willem: '' };

  beforeAll(async () => {
    const session = await registerSession(`e2e-privacy-${run}-`);
    cookie = session.cookie;
    const api = registerClient(inject('baseUrl'), cookie);
    [ids.pien, ids.kees, ids.willem] = await Promise.all([
      api.person(name.pien),
      api.person(name.kees),
      api.person(name.willem),
    ]);
    const recent = { strength: 3, lastContact: daysAgo(5) };
    await api.link('KNOWS', ids.pien, ids.kees, recent);
    await api.link('KNOWS', ids.willem, ids.pien, recent);
    browser = await launchChromium();
    ({ page, errors } = await signedInPage(browser, session.account('PRIVACY_OFFICER'), {
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    }));
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const choose = async (who: string) => {
    const search = page.getByRole('combobox', { name: 'Zoek een persoon' });
    await search.fill(who);
    await page.getByRole('option', { name: new RegExp(who) }).click();
    await eventually(() =>
      page.getByTestId('privacy-person').getByRole('heading').textContent(),
    ).toBe(`Gekozen: ${who}`);
  };

  it('gives Pien her subject access export as JSON and as a readable page', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Privacy' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Privacy en rechten van inwoners' })
      .waitFor();
    await choose(name.pien);
    await page.getByRole('button', { name: 'Inzage (art. 15)' }).click();
    const ready = page.getByTestId('access-ready');
    await ready.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ready.getByRole('link', { name: 'JSON downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`inzage-${uuidOfGlobalId(ids.pien)}.json`);
    const path = await download.path();
    const exported = await readFile(path, 'utf8');
    JSON.parse(exported);
    expect(exported).toContain(name.pien);
    expect(exported).toContain(name.kees);
    const html = ready.getByRole('link', { name: 'Leesbare versie openen' });
    expect(await html.getAttribute('href')).toMatch(/^blob:/);
    expect(await html.getAttribute('target')).toBe('_blank');
    expect(errors).toEqual([]);
  });

  it('records Kees’s objection after a confirmation', async () => {
    await choose(name.kees);
    await page.getByRole('button', { name: 'Bezwaar vastleggen (art. 21)' }).click();
    await page.getByRole('button', { name: 'Bezwaar bevestigen' }).click();
    await eventually(() => page.getByTestId('objection-result').textContent()).toContain(
      'Bezwaar vastgelegd',
    );
    const stored = await gqlRequest<{ node: { objected: boolean } | null }>(
      inject('baseUrl'),
      'query ($id: ID!) { node(id: $id) { ... on Person { objected } } }',
      { id: ids.kees },
      cookie,
    );
    expect(stored.data?.node?.objected).toBe(true);
    expect(errors).toEqual([]);
  });

  it('erases Willem only once his name is typed, and shows what went', async () => {
    await choose(name.willem);
    await page.getByRole('button', { name: 'Wissen (art. 17)' }).click();
    const confirm = page.getByRole('button', { name: 'Definitief wissen' });
    expect(await confirm.isDisabled()).toBe(true);
    const typed = page.getByLabel(`Typ de naam "${name.willem}" om te bevestigen`);
    await typed.fill('Willem');
    expect(await confirm.isDisabled()).toBe(true);
    await typed.fill(name.willem.toLowerCase());
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();
    const result = page.getByTestId('erasure-result');
    await eventually(() => result.textContent()).toContain(`${name.willem} is gewist: 1 banden`);
    await expect(result.textContent()).resolves.toMatch(/Registerregel \(hash\): [0-9a-f]{64}/);
    const gone = await gqlRequest<{ node: unknown }>(
      inject('baseUrl'),
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: ids.willem },
      cookie,
    );
    expect(gone.data?.node ?? null).toBeNull();
    expect(errors).toEqual([]);
  });

  it('searches the audit trail for Pien and shows the chain intact', async () => {
    await choose(name.pien);
    await page.getByRole('button', { name: 'Audittrail van deze persoon' }).click();
    await expect
      .poll(() => page.getByLabel('Id van een persoon of account (leeg: alles)').inputValue())
      .toBe(uuidOfGlobalId(ids.pien));
    const entries = page.getByTestId('audit-entry');
    await eventually(async () => (await entries.allTextContents()).join(' ')).toContain(
      'person.access_exported',
    );
    // Every entry is about Pien (the whole id is kept in the shortened id's tooltip), by id only:
    // never the person's name.
    const pienId = uuidOfGlobalId(ids.pien);
    for (const html of await entries.evaluateAll((rows) => rows.map((row) => row.innerHTML))) {
      expect(html).toContain(`data-id="${pienId}"`);
      expect(html).not.toContain(name.pien);
    }
    // Checked when the page opened; checking again covers the entries written since.
    const checked = async () =>
      Number(
        /Keten intact: (\d+) regels gecontroleerd\./.exec(
          (await page.getByTestId('audit-chain').textContent()) ?? '',
        )?.[1] ?? 0,
      );
    const before = await checked();
    expect(before).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await eventually(checked).toBeGreaterThan(before);
    // Everything again, newest first: the search without an id. Reading the trail is audited
    // too, so a few reads make sure there is more than one page.
    for (let read = 0; read < 26; read++) {
      await gqlRequest(
        inject('baseUrl'),
        '{ auditTrail(first: 1) { edges { cursor } } }',
        {},
        cookie,
      );
    }
    await page.getByLabel('Id van een persoon of account (leeg: alles)').fill('');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await eventually(() => entries.count()).toBe(25);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await eventually(() => entries.count()).toBeGreaterThan(25);
    // For the guide: Pien's export ready beside the trail.
    await page.getByRole('button', { name: 'Inzage (art. 15)' }).click();
    await page.getByTestId('access-ready').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotDir}privacy-officer.png` });
    expect(errors).toEqual([]);
  });
});
