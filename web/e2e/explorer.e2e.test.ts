import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { daysAgo, registerClient } from './registerFixtures';
import { registerSession, signedInPage } from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * The official's explorer, journey by journey, on one page: each test starts where the previous
 * one left the user, as a real session would. The network is recorded through GraphQL first:
 *
 *   Gerrit Hüsken ── knows (4) ── Anna Wörmann ── knows (3) ── Chris Lammers
 *        │  └─ knows (2, stale) ── Marieke ter Brüggen (official)     │
 *        └─ board of ── VV Zieuwent ── member of ────────────────────┘
 *   Gerrit also lives in Zieuwent and is active in Sport.
 *
 * Most of them live in no area, so the browser is signed in as a privacy officer, who may see and
 * change the whole register.
 */
describe('the explorer', () => {
  const run = Date.now().toString(36);
  const name = {
    gerrit: `Gerrit Hüsken ${run}`,
    anna: `Anna Wörmann ${run}`,
    chris: `Chris Lammers ${run}`,
    marieke: `Marieke ter Brüggen ${run}`,
    club: `VV Zieuwent ${run}`,
    area: `Zieuwent ${run}`,
    theme: `Sport ${run}`,
    newPerson: `Henk Nijhuis ${run}`,
  };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const graph = () => page.getByTestId('network-graph');
  const nodeCount = async () => Number(await graph().getAttribute('data-node-count'));
  const edgeCount = async () => Number(await graph().getAttribute('data-edge-count'));
  const waitForCounts = async (nodes: number, edges: number) => {
    await page.waitForFunction(
      ([n, e]) => {
        const element = document.querySelector('[data-testid="network-graph"]');
        return (
          element?.getAttribute('data-node-count') === String(n) &&
          element?.getAttribute('data-edge-count') === String(e)
        );
      },
      [nodes, edges],
    );
  };

  beforeAll(async () => {
    const session = await registerSession(`e2e-explorer-${run}-`);
    const api = registerClient(inject('baseUrl'), session.cookie);
    const [gerrit, anna, chris, marieke, club, area, theme] = await Promise.all([
      api.person(name.gerrit),
      api.person(name.anna),
      api.person(name.chris),
      api.person(name.marieke, 'GEBIEDSMAKELAAR'),
      api.organization(name.club, 'ASSOCIATION'),
      api.area(name.area),
      api.theme(name.theme),
    ]);
    if (!gerrit || !anna || !chris || !marieke || !club || !area || !theme)
      throw new Error('setup');
    await api.link('KNOWS', gerrit, anna, { strength: 4, lastContact: daysAgo(20) });
    await api.link('KNOWS', anna, chris, { strength: 3, lastContact: daysAgo(40) });
    await api.link('KNOWS', gerrit, marieke, { strength: 2, lastContact: daysAgo(800) });
    await api.link('BOARD_OF', gerrit, club, { role: 'voorzitter' });
    await api.link('MEMBER_OF', chris, club);
    await api.link('LIVES_IN', gerrit, area);
    await api.link('ACTIVE_IN', gerrit, theme);
    browser = await launchChromium();
    ({ context, page, errors } = await signedInPage(browser, session.account('PRIVACY_OFFICER'), {
      viewport: { width: 1440, height: 960 },
    }));
    await mkdir(screenshotDir, { recursive: true });
  });

  // A failed journey leaves a picture of what the user saw, for the one who has to fix it.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      await page.screenshot({ path: `${tmpdir()}/antenne-e2e-failed-${task.id}.png` });
      console.info(`screenshot of the failure: ${tmpdir()}/antenne-e2e-failed-${task.id}.png`);
    }
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('finds Hüsken from the accent-free "husken", opens his network graph and his details', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Verkennen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Netwerk verkennen' }).waitFor();
    const search = page.getByRole('combobox', { name: 'Zoek een belanghebbende' });
    await search.fill(`husken ${run}`);
    const option = page.getByRole('option', { name: new RegExp(name.gerrit) });
    await option.waitFor();
    await search.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await page.getByRole('heading', { level: 2, name: name.gerrit }).waitFor();
    expect(page.url()).toContain('/verkennen?id=');
    // Gerrit, Anna, Marieke, the club, the area and the theme; five links between them.
    await waitForCounts(6, 5);
    await page.getByText('6 knopen en 5 verbindingen zichtbaar').waitFor();
    const details = page.getByTestId('details-panel');
    const text = await details.textContent();
    expect(text).toContain(`kent ${name.anna}`);
    expect(text).toContain('sterkte 4');
    expect(text).toContain(`zit in het bestuur van (voorzitter) ${name.club}`);
    expect(text).toContain(`woont in ${name.area}`);
    expect(text).toContain(`is actief in ${name.theme}`);
    expect(text).toContain('Publieke taak — Raadsbesluit gebiedsgericht werken 2025');
    // Gerrit was recorded after any analysis run (e2e files run one after another): no scores yet.
    const scores = await details.getByTestId('details-scores').textContent();
    expect(scores).toContain('Netwerkscores');
    expect(scores).toContain('Geen scores: nog niet meegenomen in een netwerkanalyse.');
    // The legend names what is on screen, the official among them.
    const legend = await page.locator('.graph-legend').textContent();
    expect(legend).toContain('Ambtenaar');
    expect(legend).toContain('Vereniging');
    expect(legend).toContain('Verouderde band');
    await page.screenshot({ path: `${screenshotDir}explorer-network.png` });
  });

  it('expands Anna with Enter on the focused node and collapses her again', async () => {
    await graph().focus();
    // The keyboard moves a focus ring through the nodes (the center first, then by name).
    for (let step = 0; step < 6; step++) {
      const focused = await page.getByTestId('graph-focus').textContent();
      if (focused?.includes(name.anna)) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.getByTestId('graph-focus').textContent()).toContain(name.anna);
    await page.keyboard.press('Enter');
    // Chris comes in with his tie to Anna (his membership of the club is not in Anna's network).
    await waitForCounts(7, 6);
    await page.getByText('7 knopen en 6 verbindingen zichtbaar').waitFor();
    await page.keyboard.press('Enter');
    await waitForCounts(6, 5);
    await page.keyboard.press('Enter');
    await waitForCounts(7, 6);
  });

  it('shows both shortest paths between Gerrit and Chris when the two are selected', async () => {
    await page.getByRole('radio', { name: 'Tabel' }).click();
    const table = page.getByTestId('network-table');
    const rowOf = (who: string) => table.locator('tbody tr', { hasText: who }).first();
    // Expanding the club from its row brings Chris's membership in: a second route.
    await rowOf(name.club).getByRole('button', { name: 'Uitklappen' }).click();
    await table.getByText('Verbindingen (7)').waitFor();
    await rowOf(name.gerrit).getByRole('button', { name: 'Selecteren' }).click();
    await rowOf(name.chris).getByRole('button', { name: 'Selecteren' }).click();
    const panel = page.getByTestId('path-panel');
    await panel.getByText('2 kortste pad(en) van 2 stap(pen):').waitFor();
    const paths = await panel.locator('.path-list li').allTextContents();
    expect(paths.sort()).toEqual(
      [
        `${name.gerrit} → ${name.anna} → ${name.chris}`,
        `${name.gerrit} → ${name.club} → ${name.chris}`,
      ].sort(),
    );
    await page.getByRole('radio', { name: 'Graaf' }).click();
    await waitForCounts(7, 7);
    await page.screenshot({ path: `${screenshotDir}explorer-path.png` });
  });

  it('lists the same nodes and links in the table view, sortable by column', async () => {
    const nodes = await nodeCount();
    const edges = await edgeCount();
    await page.getByRole('radio', { name: 'Tabel' }).click();
    const table = page.getByTestId('network-table');
    const nodeRows = table.locator('table').first().locator('tbody tr');
    expect(await nodeRows.count()).toBe(nodes);
    expect(await table.locator('table').nth(1).locator('tbody tr').count()).toBe(edges);
    const names = await nodeRows.locator('th').allTextContents();
    expect(names).toEqual(expect.arrayContaining([name.gerrit, name.anna, name.chris, name.club]));
    await table.getByRole('button', { name: 'Verbindingen' }).click();
    await table.getByRole('button', { name: 'Verbindingen' }).click();
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain(
      'Verbindingen',
    );
    // Most links first: Gerrit (5 in view) heads the list.
    expect(await nodeRows.first().locator('th').textContent()).toBe(name.gerrit);
    const staleRow = table.locator('table').nth(1).locator('tbody tr', { hasText: name.marieke });
    expect(await staleRow.textContent()).toContain('verouderd');
    await page.screenshot({ path: `${screenshotDir}explorer-table.png`, fullPage: true });
    await page.getByRole('radio', { name: 'Graaf' }).click();
  });

  it('adds a person in one form, shows the server’s postcode message at the field, then puts them on the graph', async () => {
    const before = await nodeCount();
    await page.getByRole('button', { name: '+ Toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Toevoegen' });
    await dialog.getByLabel('Naam').fill(name.newPerson);
    await dialog.getByLabel('Postcode').fill('12');
    await dialog.getByLabel('Wet of besluit waarop de taak rust').fill('Wmo 2015');
    await dialog.getByLabel('Doel van vastleggen').fill('Contact over de voedseltuin');
    expect(await dialog.getByLabel('Bewaren tot').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByText('Noteer nooit bijzondere persoonsgegevens', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();

    const postcode = dialog.getByLabel('Postcode');
    await dialog.getByText('Niet geldig: Use a Dutch postcode such as 7137 AB.').waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await postcode.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('Niet geldig');
    await page.screenshot({ path: `${screenshotDir}add-person.png` });

    await postcode.fill('7137 AB');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByTestId('flash')
      .getByText(`${name.newPerson} staat nu in het netwerk.`)
      .waitFor();
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="network-graph"]')?.getAttribute('data-node-count') ===
        String(n),
      before + 1,
    );
  });

  it('adds a link from the open stakeholder and the new edge appears without a reload', async () => {
    const edgesBefore = await edgeCount();
    const nodes = await nodeCount();
    await page
      .getByTestId('details-panel')
      .getByRole('button', { name: 'Link toevoegen vanaf hier' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Toevoegen' });
    await dialog.getByText(`Van ${name.gerrit}`).waitFor();
    const target = dialog.getByRole('combobox', { name: 'Zoek de andere kant van de verbinding' });
    await target.fill(`nijhuis ${run}`);
    await dialog.getByRole('option', { name: new RegExp(name.newPerson) }).click();
    expect(await dialog.getByLabel('Soort verbinding').inputValue()).toBe('KNOWS');
    await dialog.getByLabel('Sterkte (1 = vaag, 5 = goed)').selectOption('5');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByTestId('flash')
      .getByText(`Verbinding opgeslagen: ${name.gerrit} kent ${name.newPerson}.`)
      .waitFor();
    await waitForCounts(nodes, edgesBefore + 1);
    await page.getByTestId('details-panel').getByText(`kent ${name.newPerson}`).waitFor();
  });

  it('records a contact moment from the details panel', async () => {
    const details = page.getByTestId('details-panel');
    await details.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await details.getByLabel('Manier').selectOption('PHONE');
    await details.getByLabel('Wat is besproken').fill('Plan voor het nieuwe clubhuis besproken.');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await details.getByRole('heading', { name: 'Contactmomenten (1)' }).waitFor();
    expect(await details.locator('.contact-list').textContent()).toContain('Telefoon');
  });

  it('changes the strength of a tie from the details panel, and the table follows', async () => {
    const details = page.getByTestId('details-panel');
    await details.getByRole('button', { name: `Verbinding met ${name.marieke} wijzigen` }).click();
    await details.getByLabel('Sterkte (1 = vaag, 5 = goed)').selectOption('5');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await details
      .locator('li', { hasText: `kent ${name.marieke}` })
      .filter({ hasText: 'sterkte 5' })
      .waitFor();
    await page.getByRole('radio', { name: 'Tabel' }).click();
    const row = page
      .getByTestId('network-table')
      .locator('table')
      .nth(1)
      .locator('tbody tr', { hasText: name.marieke });
    expect(await row.locator('td').nth(3).textContent()).toBe('5');
    await page.getByRole('radio', { name: 'Graaf' }).click();
  });

  it('downloads the current view as a PNG', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('antenne-netwerk.png');
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  it('destroys the graph when it leaves the screen: ten switches leave no canvas behind', async () => {
    const canvases = () => page.locator('canvas').count();
    const drawn = await canvases();
    expect(drawn).toBeGreaterThan(0);
    for (let round = 0; round < 10; round++) {
      await page.getByRole('radio', { name: 'Tabel' }).click();
      await page.getByTestId('network-table').waitFor();
      expect(await canvases()).toBe(0);
      await page.getByRole('radio', { name: 'Graaf' }).click();
      await graph().waitFor();
    }
    expect(await canvases()).toBe(drawn);
  });

  it('switches the explorer to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Explore the network' }).waitFor();
    const nodes = await nodeCount();
    const edges = await edgeCount();
    await page.getByText(`${nodes} nodes and ${edges} links shown`).waitFor();
    expect(await page.getByTestId('details-panel').textContent()).toContain(`knows ${name.anna}`);
    expect(await page.locator('.graph-legend').textContent()).toContain('Official');
    expect(await page.getByTestId('flash').textContent()).toMatch(/^Link saved: /);
    await page.screenshot({ path: `${screenshotDir}explorer-en.png` });
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netwerk verkennen' }).waitFor();
    expect(errors).toEqual([]);
  });
});
