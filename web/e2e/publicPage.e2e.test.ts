import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPageErrors } from './browser';
import { loadE2eDemoMunicipality } from './demoMunicipality';
import { expectNoPersonNamed } from './personNames';
import { accountOf, createE2eAccounts, gqlRequest, signInOverHttp } from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * A resident without an account opens /voor-inwoners, chooses a kern, then types a postcode, and
 * sees the gebiedsmakelaar's work contact and what is public there; in English too.
 */
describe('the public page for residents', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let officerCookie: string;
  let wijk: { name: string; kernName: string; postcode: string };

  beforeAll(async () => {
    await loadE2eDemoMunicipality();
    // Finding a wijk's postcode reads the register: a privacy officer does that.
    const accounts = await createE2eAccounts(`e2e-public-${Date.now().toString(36)}-`);
    officerCookie = await signInOverHttp(baseUrl, accountOf(accounts, 'PRIVACY_OFFICER'));
    const cookie = officerCookie;
    const areas = await gqlRequest<{
      publicAreas: { id: string; name: string; level: string; kernName: string | null }[];
    }>(baseUrl, '{ publicAreas { id name level kernName } }');
    const candidates = (areas.data?.publicAreas ?? []).filter(
      (a) => a.level === 'WIJK' && a.kernName,
    );
    for (const candidate of candidates) {
      const node = await gqlRequest<{ node: { postcodes: string[] } | null }>(
        baseUrl,
        'query ($id: ID!) { node(id: $id) { ... on Area { postcodes } } }',
        { id: candidate.id },
        cookie,
      );
      const postcode = node.data?.node?.postcodes[0];
      if (postcode) {
        wijk = { name: candidate.name, kernName: candidate.kernName ?? '', postcode };
        break;
      }
    }
    if (!wijk) throw new Error('the demo municipality has no wijk with a postcode');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    errors = recordPageErrors(page);
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lets a resident choose a kern without signing in', async () => {
    await page.goto(`${baseUrl}/voor-inwoners`);
    await page.getByRole('heading', { name: 'Waar kunt u terecht in uw buurt?' }).waitFor();
    // No officials' navigation or sign-in on the residents' page.
    await expect(page.locator('.app-nav').count()).resolves.toBe(0);
    const select = page.getByLabel('Kies uw dorp of wijk');
    await page.waitForFunction(() => document.querySelectorAll('option').length > 5);
    await select.selectOption({ label: wijk.kernName });
    await page.getByTestId('public-result').waitFor();
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      `In ${wijk.kernName}`,
    );
    const brokers = page.getByTestId('public-brokers').locator('li');
    expect(await brokers.count()).toBeGreaterThanOrEqual(1);
    await expect(brokers.first().textContent()).resolves.toMatch(
      /Gebiedsmakelaar voor .*E-mail: .+@/,
    );
    expect(await page.getByTestId('public-organizations').locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshotDir}public-page.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('finds the wijk by postcode, and explains a wrong postcode in plain words', async () => {
    await page.getByLabel('Uw postcode').fill('12');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByTestId('public-error').textContent()).resolves.toBe(
      'Typ een postcode zoals 7137 of 7137 AB.',
    );
    await page.getByLabel('Uw postcode').fill(`${wijk.postcode} AB`);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { name: `In ${wijk.name} (${wijk.kernName})` }).waitFor();
    await expect(page.getByTestId('public-error').count()).resolves.toBe(0);
    // The list now shows the wijk that the postcode found.
    const chosen = await page.getByLabel('Kies uw dorp of wijk').evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.options[element.selectedIndex]?.textContent ?? '';
    });
    expect(chosen).toBe(`— ${wijk.name}`);
  });

  it('names no person on the page', async () => {
    const text = (await page.locator('body').textContent()) ?? '';
    await expectNoPersonNamed(text, officerCookie);
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Where can you go in your neighbourhood?' }).waitFor();
    await page.getByText('Your area broker (gebiedsmakelaar)').waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(errors).toEqual([]);
  });
});
