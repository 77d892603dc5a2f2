import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

describe('the status panel when something is wrong', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    return context.newPage();
  }

  it('shows the translated error for a 503 and recovers when retry finds the API back', async () => {
    const page = await openPage();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'Service Unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
      }),
    );

    await page.goto(`${inject('baseUrl')}/`);

    await page.getByText('Antenne is nu niet bereikbaar.').waitFor();
    await page
      .getByText('Antenne is tijdelijk niet beschikbaar. Probeer het over een ogenblik opnieuw.')
      .waitFor();
    await page.getByText('Foutcode: SERVICE_UNAVAILABLE').waitFor();
    expect(await page.getByText('Antenne is verbonden met Neo4j.').count()).toBe(0);
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}home-unavailable.png` });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Antenne is temporarily unavailable. Try again in a moment.').waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();

    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByText('Antenne is verbonden met Neo4j.').waitFor();
    expect(await page.getByTestId('neo4j-version').textContent()).toMatch(/^5\.26\./);
    expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
    await page.context().close();
  });

  it('says the server cannot be reached when the request never arrives', async () => {
    const page = await openPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByText('De server van Antenne antwoordt niet.', { exact: false }).waitFor();
    await page.getByText('Foutcode: NETWORK_ERROR').waitFor();
    await page.context().close();
  });

  it('says Neo4j does not answer when the API is up but its database is not', async () => {
    const page = await openPage();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            systemStatus: {
              version: 'e2e',
              database: {
                reachable: false,
                neo4jVersion: null,
                edition: null,
                migrationsApplied: null,
              },
            },
          },
        }),
      }),
    );
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByText('Antenne draait, maar de database (Neo4j) antwoordt niet.').waitFor();
    await page.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
    await page.context().close();
  });
});
