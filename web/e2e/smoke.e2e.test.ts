import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPageErrors } from './browser';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

describe('the home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders in Dutch, shows the Neo4j it reached through GraphQL, and switches to English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const graphqlCalls: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql') graphqlCalls.push(response.status());
    });

    await page.goto(`${inject('baseUrl')}/`);

    await expect(page.title()).resolves.toBe('Antenne');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Antenne' }).waitFor();
    await page.getByText('Antenne is verbonden met Neo4j.').waitFor();
    const version = await page.getByTestId('neo4j-version').textContent();
    expect(version).toMatch(/^5\.26\.\d+/);
    const facts = await page.locator('.status-facts').textContent();
    expect(facts).toContain('Schemamigraties');
    expect(facts).toMatch(/[1-9]\d* toegepast/);
    expect(facts).toMatch(/Community|Enterprise/);
    // The system status and the session check (who is signed in), both answered.
    expect(graphqlCalls).toEqual([200, 200]);

    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}home.png` });

    // Keyboard users first meet the skip link, with a visible focus ring.
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Naar de inhoud');
    expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
      'solid',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Antenne' }).waitFor();
    await page.getByText('Antenne is connected to Neo4j.').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('.status-facts').textContent()).toContain('Schema migrations');
    await page.screenshot({ path: `${screenshotDir}home-en.png` });

    // The choice is remembered: a reload comes back in English.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Antenne' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    expect(errors).toEqual([]);
    await context.close();
  });
});
