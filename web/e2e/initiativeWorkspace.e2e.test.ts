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
 * An area broker takes on the food initiative. Recorded through GraphQL first:
 *
 *   Voedseltuin (intake, in the village, theme Voedsel) ◄── initiates ── Piet
 *   Piet ── knows ── Dinie ── knows ── Tom, Sara        (Tom and Sara: Voedsel, in the village)
 *   Milan ── member of ── Bakkerij                      (the bakery: Voedsel, in the village)
 *
 * Tom, Sara and the bakery are the targets; Dinie (+2) and Milan (+1) are the connectors.
 * Everyone lives in the village, so the area broker covering it may see them all (a privacy
 * officer records them).
 */
describe('the initiative workspace', () => {
  const run = Date.now().toString(36);
  const name = {
    area: `Lievelde ${run}`,
    theme: `Voedsel ${run}`,
    initiative: `Voedseltuin Lievelde ${run}`,
    piet: `Piet Garritsen ${run}`,
    dinie: `Dinie Wopereis ${run}`,
    tom: `Tom Domhof ${run}`,
    sara: `Sara Brinkhuis ${run}`,
    milan: `Milan Rensink ${run}`,
    bakery: `Bakkerij Te Lintelo ${run}`,
  };
  const baseUrl = () => inject('baseUrl');
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cookie: string;
  let initiativeId: string;
  let pietId: string;

  beforeAll(async () => {
    ({ cookie } = await registerSession(`e2e-initiative-po-${run}-`));
    const api = registerClient(baseUrl(), cookie);
    const [area, theme] = await Promise.all([api.area(name.area), api.theme(name.theme)]);
    const created = await gqlRequest<{ createInitiative: { id: string } }>(
      baseUrl(),
      'mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }',
      {
        input: {
          title: name.initiative,
          description: 'Een moestuin bij het dorpshuis, met de bakker en de school.',
          status: 'INTAKE',
          receivedAt: daysAgo(14),
        },
      },
      cookie,
    );
    const id = created.data?.createInitiative.id;
    if (!id) throw new Error(`createInitiative: ${JSON.stringify(created.errors)}`);
    initiativeId = id;
    const [piet, dinie, tom, sara, milan, bakery] = await Promise.all([
      api.person(name.piet),
      api.person(name.dinie),
      api.person(name.tom),
      api.person(name.sara),
      api.person(name.milan),
      api.organization(name.bakery, 'BUSINESS'),
    ]);
    pietId = piet;
    const recent = { strength: 4, lastContact: daysAgo(10) };
    await api.link('LOCATED_IN', initiativeId, area);
    await api.link('ACTIVE_IN', initiativeId, theme);
    await api.link('INITIATES', piet, initiativeId);
    for (const resident of [piet, dinie, milan]) await api.link('LIVES_IN', resident, area);
    for (const target of [tom, sara]) {
      await api.link('LIVES_IN', target, area);
      await api.link('ACTIVE_IN', target, theme);
    }
    await api.link('LOCATED_IN', bakery, area);
    await api.link('ACTIVE_IN', bakery, theme);
    await api.link('KNOWS', piet, dinie, recent);
    await api.link('KNOWS', dinie, tom, recent);
    await api.link('KNOWS', dinie, sara, recent);
    await api.link('MEMBER_OF', milan, bakery);
    const accounts = await createE2eAccounts(`e2e-initiative-${run}-`, [uuidOfGlobalId(area)]);
    browser = await launchChromium();
    ({ page, errors } = await signedInPage(browser, accountOf(accounts, 'AREA_BROKER'), {
      viewport: { width: 1440, height: 1100 },
    }));
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the food initiative and shows its themes, targets and connectors with their paths', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Initiatieven' })
      .click();
    await page.getByTestId('initiative-list').getByRole('link', { name: name.initiative }).click();
    await page.getByRole('heading', { level: 1, name: name.initiative }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/initiatieven/${encodeURIComponent(initiativeId)}`);
    await expect(page.getByTestId('initiative-themes').textContent()).resolves.toBe(name.theme);
    await expect(page.getByTestId('initiative-status').textContent()).resolves.toBe('Intake');

    const targets = page.getByTestId('initiative-targets');
    await targets.waitFor();
    await expect(targets.textContent()).resolves.toContain('3 belanghebbenden');
    const connectors = page.getByTestId('connector');
    await eventually(() => connectors.count()).toBe(2);
    await expect(connectors.nth(0).textContent()).resolves.toContain(name.dinie);
    await expect(connectors.nth(0).textContent()).resolves.toContain('+2 nieuwe');
    await expect(connectors.nth(1).textContent()).resolves.toContain(name.milan);
    await expect(
      connectors.nth(0).getByTestId('connector-paths').getByRole('listitem').allTextContents(),
    ).resolves.toEqual(
      expect.arrayContaining([`${name.dinie} → ${name.tom}`, `${name.dinie} → ${name.sara}`]),
    );

    // Highlight Dinie's paths on the graph: the initiative, Piet, 3 targets, 2 connectors.
    const graph = page.getByTestId('network-graph');
    await eventually(() => graph.getAttribute('data-node-count')).toBe('7');
    await connectors.nth(0).getByRole('button', { name: 'Paden tonen' }).click();
    await expect(
      connectors
        .nth(0)
        .getByRole('button', { name: 'Alle verbinders tonen' })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(errors).toEqual([]);
  });

  it('accepts a suggested introduction: the tie is recorded and the suggestion leaves the list', async () => {
    const suggestions = page.getByTestId('suggestion');
    await eventually(() => suggestions.count()).toBeGreaterThan(0);
    const first = suggestions.nth(0);
    const candidate = (await first.getByRole('heading').textContent()) ?? '';
    expect([name.dinie, name.tom, name.sara]).toContain(candidate);
    await expect(first.textContent()).resolves.toMatch(/Score \d/);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="network-graph"]')?.getAttribute('data-layout') ===
        'done',
    );
    await page.screenshot({ path: `${screenshotDir}initiative-workspace.png`, fullPage: true });

    await first.getByRole('button', { name: 'Introduceren' }).click();
    await eventually(() => page.getByTestId('suggestion-decided').textContent()).toBe(
      `${candidate} en ${name.initiative} zijn aan elkaar voorgesteld: de band is vastgelegd.`,
    );
    await eventually(async () =>
      (await suggestions.allTextContents()).some((t) => t.includes(candidate)),
    ).toBe(false);

    // The initiator now knows the candidate (a KNOWS tie introduced by Antenne).
    const network = await gqlRequest<{ network: { nodes: { label: string }[] } }>(
      baseUrl(),
      'query ($c: ID!) { network(center: $c, depth: 1) { nodes { label } } }',
      { c: pietId },
      cookie,
    );
    expect(network.data?.network.nodes.map((node) => node.label)).toContain(candidate);
    expect(errors).toEqual([]);
  });

  it('records a contact moment with a connector and moves the initiative to active', async () => {
    const dinie = page.getByTestId('connector').filter({ hasText: name.dinie });
    await dinie.getByRole('button', { name: 'Contact vastleggen' }).click();
    await dinie.getByLabel('Wat is besproken').fill('Dinie brengt Tom en Sara mee naar de intake.');
    await dinie.getByRole('button', { name: 'Opslaan' }).click();
    await eventually(() => page.getByTestId('workspace-flash').textContent()).toBe(
      `Contactmoment met ${name.dinie} vastgelegd.`,
    );
    // The contact moment is linked to the initiative.
    const contacts = await gqlRequest<{ node: { contacts: { note: string }[] } }>(
      baseUrl(),
      'query ($id: ID!) { node(id: $id) { ... on Initiative { contacts { note } } } }',
      { id: initiativeId },
      cookie,
    );
    expect(contacts.data?.node.contacts.map((c) => c.note)).toEqual([
      'Dinie brengt Tom en Sara mee naar de intake.',
    ]);

    await page.getByLabel('Naar status').selectOption({ label: 'Actief' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await eventually(() => page.getByTestId('initiative-status').textContent()).toBe('Actief');
    const stored = await gqlRequest<{ node: { status: string } }>(
      baseUrl(),
      'query ($id: ID!) { node(id: $id) { ... on Initiative { status } } }',
      { id: initiativeId },
      cookie,
    );
    expect(stored.data?.node.status).toBe('ACTIVE');
    // From active, going back to an idea is not offered (the speed-of-action history stays).
    await expect(
      page.getByLabel('Naar status').locator('option').allTextContents(),
    ).resolves.toEqual(['Afgerond', 'Gestopt', 'Intake']);
    expect(errors).toEqual([]);
  });

  it('creates an initiative from the list: a refusal shows at the field, then its workspace opens', async () => {
    const title = `Repaircafé Lievelde ${run}`;
    await page.goto(`${baseUrl()}/initiatieven`);
    await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
    const form = page.getByTestId('new-initiative-form');
    await form.waitFor();
    // Without a title the server refuses, and says so at the title.
    await form.getByLabel('Omschrijving').fill('Elke maand repareren in het dorpshuis.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const titleField = form.getByRole('textbox', { name: /Titel/ });
    await eventually(() => titleField.getAttribute('aria-invalid')).toBe('true');

    await titleField.fill(title);
    await form.getByLabel('Kern of gebied').selectOption({ label: name.area });
    await form.getByRole('checkbox', { name: name.theme }).check();
    await page.screenshot({ path: `${screenshotDir}initiative-new.png` });
    await form.getByRole('button', { name: 'Opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/initiatieven\/.+/);
    await expect(page.getByTestId('initiative-themes').textContent()).resolves.toBe(name.theme);
    await expect(page.getByTestId('initiative-status').textContent()).resolves.toBe('Idee');
    // The targets follow from its area and theme: Tom, Sara and the bakery.
    await eventually(() => page.getByTestId('initiative-targets').textContent()).toContain(
      '3 belanghebbenden',
    );
    expect(errors).toEqual([]);
  });
});
