import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { connectNeo4j, type Neo4jConnection } from '@antenne/api/connect-neo4j';
import { createDemoAccounts } from '@antenne/api/demo-accounts';
import { loadConfig } from '@antenne/api/env';
import { createLogger } from '@antenne/api/logger';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPageErrors } from './browser';
import { registerClient } from './registerFixtures';
import { signInOverHttp } from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * An official imports a messy spreadsheet of a village's contacts through the data page: a BOM,
 * semicolons, a column Antenne does not recognise, the same person twice, someone already known
 * under another e-mail, and an impossible date; then finds the new people and exports a GEXF.
 */
describe('importing and exporting data', () => {
  const run = Date.now().toString(36);
  const phone = `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const name = {
    gerda: `Gerda Ribbers ${run}`,
    annie: `Annie Wolters ${run}`,
    henk: `Henk Nijhuis ${run}`,
    village: `Lievelde ${run}`,
    club: `Oranjevereniging ${run}`,
  };
  const csv = (retainHenk: string) =>
    Buffer.from(
      `\uFEFFVolledige naam;E-mail;Tel.;Woonkern;Vereniging;Functie;Thema;Bewaren tot\r\n` +
        `${name.gerda};gerda.${run}@example.nl;${phone.slice(0, 2)}-${phone.slice(2)};${name.village};${name.club};secretaris;Cultuur;31-12-2030\r\n` +
        `${name.gerda.toUpperCase()};;${phone};;;;;\r\n` +
        `${name.annie};annie.${run}@example.nl;;${name.village};;;;\r\n` +
        `${name.henk};henk.${run}@example.nl;;${name.village};${name.club};lid;Sport;${retainHenk}\r\n`,
      'utf8',
    );
  let connection: Neo4jConnection;
  let official: { username: string; password: string };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const config = loadConfig();
    const log = createLogger({ logLevel: 'warn', nodeEnv: 'test' });
    connection = await connectNeo4j(
      config.neo4j.kind === 'external'
        ? config.neo4j
        : {
            kind: 'external',
            uri: `bolt://127.0.0.1:${config.testNeo4j.port}`,
            username: 'neo4j',
            password: '',
            database: config.neo4j.database,
          },
      log,
    );
    const areaId = randomUUID();
    await connection.db.write('e2e.area', (tx) =>
      tx.run(
        `CREATE (:Area {id: $id, name: $name, level: 'KERN', createdAt: datetime(),
                 updatedAt: datetime(), createdBy: 'e2e', source: 'manual'})`,
        { id: areaId, name: name.village },
      ),
    );
    const accounts = await createDemoAccounts(connection.db, {
      usernamePrefix: `e2e-data-${run}-`,
      areaIds: [areaId],
    });
    const account = accounts.find((a) => a.role === 'OFFICIAL');
    if (!account) throw new Error('no official account');
    official = account;
    // Annie is already known, without any detail: the file's Annie (with an e-mail) is a near
    // match. The official recorded her (not placed yet), so she is in the official's scope.
    const cookie = await signInOverHttp(inject('baseUrl'), account);
    await registerClient(inject('baseUrl'), cookie).person(name.annie);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 1200 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    page = await context.newPage();
    errors = recordPageErrors(page);
    await mkdir(screenshotDir, { recursive: true });
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      await page.screenshot({ path: `${tmpdir()}/antenne-e2e-failed-${task.id}.png` });
      console.info(`screenshot of the failure: ${tmpdir()}/antenne-e2e-failed-${task.id}.png`);
    }
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await connection?.close();
  });

  const fileInput = () => page.getByLabel('Kies een bestand');
  const choose = (bytes: Buffer) =>
    fileInput().setInputFiles({
      name: 'leden-oranjevereniging.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    });

  it('sends an anonymous visitor to sign in, and back to the data page afterwards', async () => {
    await page.goto(`${inject('baseUrl')}/gegevens`);
    await page.waitForURL('**/inloggen?terug=%2Fgegevens');
    await page.getByTestId('sign-in-needed').waitFor();
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(official.username);
    await page.getByLabel('Wachtwoord').fill(official.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    // Argon2id takes its time on a busy machine.
    await page.waitForURL((url) => url.pathname === '/gegevens', { timeout: 60_000 });
    await page.getByRole('heading', { name: 'Gegevens importeren en exporteren' }).waitFor();
  });

  it('previews the messy file: mapping, first rows, the report by line and the near match', async () => {
    await page.getByLabel('Wettelijke grondslag (bij publieke taak)').fill('Gemeentewet art. 160');
    await page.getByLabel('Doel', { exact: true }).fill('Contacten met verenigingen in Lievelde');

    await choose(csv('30-02-2030'));
    const table = page.getByTestId('import-preview');
    await table.waitFor();
    await expect
      .poll(() => page.getByTestId('file-summary').textContent())
      .toContain('4 regels, 8 kolommen');
    // "Woonkern" is not a header Antenne knows: map it by hand.
    const woonkern = page.getByLabel('Gegeven in kolom Woonkern');
    expect(await woonkern.inputValue()).toBe('');
    await woonkern.selectOption('AREA');
    await expect
      .poll(() => page.getByLabel('Gegeven in kolom Vereniging').inputValue())
      .toBe('ORGANIZATION');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody tr').nth(1).getAttribute('data-outcome')).toBe(
      'DUPLICATE_IN_FILE',
    );
    expect(await table.locator('tbody tr').nth(2).getAttribute('data-outcome')).toBe('NEAR_MATCH');
    expect(await table.locator('tbody tr').nth(3).getAttribute('data-outcome')).toBe('INVALID');
    const report = page.getByTestId('import-report');
    await report.getByText('Regel 5').waitFor();
    expect(await report.textContent()).toContain('Bewaren tot is niet geldig');
    expect(await report.textContent()).toContain('Regel 3');
    await page.getByTestId('near-match-4').waitFor();
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(
      true,
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${screenshotDir}import-preview.png`, fullPage: true });
  });

  it('imports the corrected file with a progress bar and shows the result', async () => {
    await choose(csv('31-12-2030'));
    await page.getByLabel('Gegeven in kolom Woonkern').selectOption('AREA');
    await page
      .getByTestId('near-match-4')
      .getByLabel(/Dezelfde persoon/)
      .check();
    const runButton = page.getByRole('button', { name: 'Importeren', exact: true });
    await expect.poll(() => runButton.isEnabled()).toBe(true);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { importPhases: string[] }).importPhases = seen;
      new MutationObserver(() => {
        const phase = document
          .querySelector('[data-testid="import-progress"]')
          ?.getAttribute('data-phase');
        if (phase && seen.at(-1) !== phase) seen.push(phase);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await runButton.click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(
      /Geïmporteerd: 2 nieuwe personen, 2 al bekend, 0 overgeslagen/,
    );
    const phases = await page.evaluate(
      () => (window as unknown as { importPhases: string[] }).importPhases,
    );
    expect(phases.at(-1)).toBe('done');
    expect(phases.some((p) => p === 'uploading' || p === 'writing')).toBe(true);
    const stored = await connection.db.read('e2e.check', (tx) =>
      tx.run<{ name: string; village: string | null }>(
        `MATCH (p:Person) WHERE p.name IN $names
         OPTIONAL MATCH (p)-[:LIVES_IN]->(a:Area) RETURN p.name AS name, a.name AS village ORDER BY name`,
        { names: [name.gerda, name.annie, name.henk, name.gerda.toUpperCase()] },
      ),
    );
    expect(stored).toEqual([
      { name: name.annie, village: name.village },
      { name: name.gerda, village: name.village },
      { name: name.henk, village: name.village },
    ]);
  });

  it('finds the new stakeholder in search', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Verkennen' })
      .click();
    const search = page.getByRole('combobox', { name: 'Zoek een belanghebbende' });
    await search.fill(`nijhuis ${run}`);
    await page.getByRole('option', { name: new RegExp(name.henk) }).waitFor();
  });

  it('exports a GEXF of the official’s area', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gegevens' })
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GEXF (Gephi)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^antenne-\d{4}-\d{2}-\d{2}-netwerk\.gexf$/);
    const path = await download.path();
    const gexf = await readFile(path, 'utf8');
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain(name.henk);
    expect(gexf).toContain(`label="${name.village}"`);
    await page
      .getByTestId('export-status')
      .getByText(/Gedownload: antenne-.*\.gexf/)
      .waitFor();
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
