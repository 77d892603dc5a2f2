import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { registerClient } from './registerFixtures';
import {
  eventually,
  gqlRequest,
  registerSession,
  signedInPage,
  signInOverHttp,
} from './sessionFixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/guide/screenshots/', import.meta.url));

/**
 * The administrator on /beheer: creates an official for a village with a password made in the
 * browser (shown once), makes her an area broker too, and disables another account.
 */
describe('account management', () => {
  const run = Date.now().toString(36);
  const village = `Beheerveld ${run}`;
  const username = `e2e-nieuw-${run}`;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let oneTimePassword = '';
  let session: Awaited<ReturnType<typeof registerSession>>;

  beforeAll(async () => {
    session = await registerSession(`e2e-accounts-${run}-`);
    await registerClient(inject('baseUrl'), session.cookie).area(village);
    browser = await launchChromium();
    ({ page, errors } = await signedInPage(browser, session.account('ADMIN'), {
      viewport: { width: 1440, height: 1300 },
    }));
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const row = (name: string) =>
    page.locator(`[data-testid="account-row"][data-username="${name}"]`);

  it('creates an account and shows its password once', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Accountbeheer' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Accountbeheer' }).waitFor();
    await row(session.account('OFFICIAL').username).waitFor();

    const form = page.getByTestId('new-account-form');
    await form.getByLabel('Gebruikersnaam').fill(username);
    await form.getByLabel('Naam zoals getoond').fill(`Nieuwe collega ${run}`);
    await form.getByRole('button', { name: 'Wachtwoord maken' }).click();
    await form.getByLabel('Gebieden (voor ambtenaren en gebiedsmakelaars)').selectOption({
      label: village,
    });
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    const notice = page.getByTestId('accounts-notice');
    await eventually(() => notice.textContent()).toContain(`Account ${username} is aangemaakt.`);
    oneTimePassword =
      (await page.getByTestId('one-time-password').locator('.accounts-password').textContent()) ??
      '';
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(16);
    await expect(row(username).getByTestId('account-roles').textContent()).resolves.toBe(
      'Ambtenaar',
    );
    await expect(row(username).textContent()).resolves.toContain(village);
    await page.screenshot({ path: `${screenshotDir}admin-accounts.png` });
    // The password works: the new official can sign in with it.
    await signInOverHttp(inject('baseUrl'), {
      username,
      password: oneTimePassword,
      role: 'OFFICIAL',
    });
    expect(errors).toEqual([]);
  });

  it('changes the roles: the new official becomes an area broker too', async () => {
    await row(username).getByRole('button', { name: 'Rollen en gebieden wijzigen' }).click();
    await row(username).getByRole('checkbox', { name: 'Gebiedsmakelaar' }).check();
    await row(username).getByRole('button', { name: 'Opslaan' }).click();
    await eventually(() => row(username).getByTestId('account-roles').textContent()).toBe(
      'Ambtenaar, Gebiedsmakelaar',
    );
    await eventually(() => page.getByTestId('accounts-notice').textContent()).toBe(
      `Rollen en gebieden van ${username} opgeslagen.`,
    );
    // The server has it too: the account's own `me` answers with both roles.
    const cookie = await signInOverHttp(inject('baseUrl'), {
      username,
      password: oneTimePassword,
      role: 'OFFICIAL',
    });
    const me = await gqlRequest<{ me: { roles: string[] } }>(
      inject('baseUrl'),
      '{ me { roles } }',
      {},
      cookie,
    );
    expect(me.data?.me.roles).toEqual(['OFFICIAL', 'AREA_BROKER']);
    expect(errors).toEqual([]);
  });

  it('disables an account after a confirmation; it can no longer sign in', async () => {
    await row(username).getByRole('button', { name: 'Uitschakelen' }).click();
    await row(username)
      .getByRole('button', { name: `Ja, ${username} uitschakelen` })
      .click();
    await eventually(() => row(username).textContent()).toContain('Uitgeschakeld');
    await expect(
      signInOverHttp(inject('baseUrl'), { username, password: oneTimePassword, role: 'OFFICIAL' }),
    ).rejects.toThrow(/signIn/);
    expect(errors).toEqual([]);
  });
});
