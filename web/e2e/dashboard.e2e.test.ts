import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPageErrors } from './browser';
import { loadE2eDemoMunicipality } from './demoMunicipality';
import { expectNoPersonNamed } from './personNames';
import { createE2eAccounts, type E2eAccount, gqlRequest, signInOverHttp } from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * Management signs in on /inloggen and reads the dashboard of the demo municipality: heatmap, map,
 * handover view, trends, funnel and speed, and exports it as PNG. Then the proof that no person's
 * name is on it: every name in the register is looked for in the page's text.
 */
describe('the management dashboard', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let officerCookie: string;
  let accounts: E2eAccount[];
  const account = (role: string) => {
    const found = accounts.find((a) => a.role === role);
    if (!found) throw new Error(`no ${role} account`);
    return found;
  };

  beforeAll(async () => {
    await loadE2eDemoMunicipality();
    accounts = await createE2eAccounts(`dash-${Date.now().toString(36)}`);
    // The analysis runs and the theme are started by someone who may use the register.
    officerCookie = await signInOverHttp(baseUrl, account('PRIVACY_OFFICER'));
    const cookie = officerCookie;
    // Two analysis runs (the graph changes in between) give the trend lines two points.
    for (const step of [1, 2]) {
      const started = await gqlRequest<{ startAnalysisRun: { id: string } }>(
        baseUrl,
        'mutation { startAnalysisRun { id } }',
        {},
        cookie,
      );
      const id = started.data?.startAnalysisRun.id;
      if (!id) throw new Error(`startAnalysisRun: ${JSON.stringify(started.errors)}`);
      for (let wait = 0; wait < 120; wait++) {
        const run = await gqlRequest<{ analysisRun: { status: string } | null }>(
          baseUrl,
          'query ($id: ID!) { analysisRun(id: $id) { status } }',
          { id },
          cookie,
        );
        if (run.data?.analysisRun?.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      if (step === 1) {
        await gqlRequest(
          baseUrl,
          'mutation ($input: ThemeInput!) { createTheme(input: $input) { id } }',
          {
            input: { name: `Trend ${Date.now().toString(36)}` },
          },
          cookie,
        );
      }
    }
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    page = await context.newPage();
    errors = recordPageErrors(page);
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('asks an anonymous visitor to sign in, and refuses an official', async () => {
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByText('Log in met een account van het management').waitFor();
    await expect(page.getByRole('link', { name: 'Dashboard' }).count()).resolves.toBe(0);

    await page.getByTestId('sign-in-link').click();
    // Back to the dashboard after signing in.
    await page.waitForURL('**/inloggen?terug=%2Fdashboard');
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(account('OFFICIAL').username);
    await page.getByLabel('Wachtwoord').fill('wrong password, surely');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toBe(
      'Onbekende gebruikersnaam of verkeerd wachtwoord.',
    );
    await page.getByLabel('Wachtwoord').fill(account('OFFICIAL').password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByTestId('session-menu').getByText('Ambtenaar').waitFor();
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByText('Het dashboard is alleen voor het management').waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByTestId('sign-in-link').waitFor();
  });

  it('shows management the heatmap, the map, trends, funnel and speed', async () => {
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(account('MANAGEMENT').username);
    await page.getByLabel('Wachtwoord').fill(account('MANAGEMENT').password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByTestId('dashboard').waitFor({ timeout: 60_000 });
    await page.getByTestId('session-menu').getByText('Management', { exact: true }).waitFor();
    await expect(page.getByRole('link', { name: 'Dashboard' }).count()).resolves.toBe(1);
    await expect(page.locator('h1').textContent()).resolves.toContain('Berkelveld');

    const cells = page.getByTestId('heatmap-cell');
    expect(await cells.count()).toBeGreaterThan(20);
    const suppressed = await page
      .locator('[data-testid="heatmap-cell"][data-suppressed="true"]')
      .count();
    const summarySuppressed = Number(
      (
        await page.getByTestId('summary-suppressed').locator('.dashboard__number').textContent()
      )?.replace(/\D/g, ''),
    );
    expect(suppressed).toBe(summarySuppressed);
    // The eight kernen of Berkelveld drawn from their outlines, with a legend.
    await expect(page.getByTestId('map-area').count()).resolves.toBe(8);
    await page.getByTestId('coverage-legend').first().waitFor();
    const funnelTotal = await page
      .locator('[data-testid^="funnel-"]')
      .evaluateAll((bars) =>
        bars.reduce((sum, bar) => sum + Number(bar.getAttribute('data-count')), 0),
      );
    expect(funnelTotal).toBeGreaterThan(0);
    await expect(page.getByTestId('speed-table').locator('tbody tr').count()).resolves.toBe(9);
    for (const id of ['coverage', 'antennae', 'fragmentation']) {
      await expect(page.getByTestId(`trend-${id}`).getAttribute('data-points')).resolves.not.toBe(
        '0',
      );
    }
    expect(errors).toEqual([]);
  });

  it('shows what a handover would lose, by post and never by name', async () => {
    const select = page.getByLabel('Functie');
    const options = await select.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(2);
    const broker = options.find((option) => option.startsWith('Gebiedsmakelaar'));
    expect(broker).toBeDefined();
    await select.selectOption({ label: broker ?? '' });
    await page.getByTestId('handover-result').waitFor();
    await expect(page.getByTestId('handover-result').textContent()).resolves.toMatch(
      /alleen via deze functie bereikt/,
    );
  });

  it('names no person anywhere on the dashboard', async () => {
    const text = (await page.locator('body').textContent()) ?? '';
    const titles = await page.locator('svg title').allTextContents();
    const options = await page.locator('option').allTextContents();
    const shown = [text, ...titles, ...options].join('\n');
    await expectNoPersonNamed(shown, officerCookie);
  });

  it('exports the dashboard as a PNG and looks right for the guide', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opslaan als PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^dashboard-(gemeente-)?berkelveld-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const file = await download.path();
    const png = await readFile(file);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    // Width and height from the IHDR chunk: the figures stacked, at twice the size.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    expect(png.readUInt32BE(20)).toBeGreaterThan(1500);
    await writeFile(new URL('dashboard-export.png', `file://${screenshotDir}`), png);
    await page.getByRole('button', { name: 'Afdrukken of PDF' }).waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
