import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { registerClient } from './registerFixtures';
import {
  accountOf,
  createE2eAccounts,
  type E2eAccount,
  type E2eRole,
  registerSession,
  signedInPage,
  uuidOfGlobalId,
} from './sessionFixtures';

/** The left navigation's entries, by role (Dutch labels); every other entry must be absent. */
const register = ['Verkennen', 'Gegevens', 'Antennes', 'Initiatieven', 'Suggesties'];
const allEntries = [...register, 'Dashboard', 'Privacy', 'Accountbeheer'];
const expectedNavigation: Record<E2eRole | 'anonymous', string[]> = {
  anonymous: [],
  OFFICIAL: register,
  AREA_BROKER: register,
  MANAGEMENT: ['Dashboard'],
  PRIVACY_OFFICER: [...register, 'Privacy'],
  ADMIN: ['Dashboard', 'Accountbeheer'],
};

/** Pages and, per role, whether the page opens (true) or shows the no-access view (false). */
const pages: { path: string; heading: string; open: Record<E2eRole, boolean> }[] = [
  {
    path: '/verkennen',
    heading: 'Netwerk verkennen',
    open: {
      OFFICIAL: true,
      AREA_BROKER: true,
      MANAGEMENT: false,
      PRIVACY_OFFICER: true,
      ADMIN: false,
    },
  },
  {
    path: '/antennes',
    heading: 'Antennes',
    open: {
      OFFICIAL: true,
      AREA_BROKER: true,
      MANAGEMENT: false,
      PRIVACY_OFFICER: true,
      ADMIN: false,
    },
  },
  {
    path: '/privacy',
    heading: 'Privacy en rechten van inwoners',
    open: {
      OFFICIAL: false,
      AREA_BROKER: false,
      MANAGEMENT: false,
      PRIVACY_OFFICER: true,
      ADMIN: false,
    },
  },
  {
    path: '/beheer',
    heading: 'Accountbeheer',
    open: {
      OFFICIAL: false,
      AREA_BROKER: false,
      MANAGEMENT: false,
      PRIVACY_OFFICER: false,
      ADMIN: true,
    },
  },
];

/**
 * Signs in as each demo role (and as nobody) and checks what that role can and cannot see: the
 * navigation, the pages that open, the pages that show "no access", and — for an official — that
 * the register shows the people of their own area and not those of another.
 */
describe('who may see what', () => {
  const run = Date.now().toString(36);
  const name = {
    home: `Rolveld ${run}`,
    other: `Andersveld ${run}`,
    inside: `Ina Binnendijk ${run}`,
    outside: `Otto Buitenhuis ${run}`,
  };
  let browser: Browser;
  let accounts: E2eAccount[];
  let outsideId: string;

  beforeAll(async () => {
    const { cookie } = await registerSession(`e2e-roles-po-${run}-`);
    const api = registerClient(inject('baseUrl'), cookie);
    const [home, other, inside, outside] = await Promise.all([
      api.area(name.home),
      api.area(name.other),
      api.person(name.inside),
      api.person(name.outside),
    ]);
    await api.link('LIVES_IN', inside, home);
    await api.link('LIVES_IN', outside, other);
    outsideId = outside;
    // The official and the area broker cover Rolveld only.
    accounts = await createE2eAccounts(`e2e-roles-${run}-`, [uuidOfGlobalId(home)]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const navigation = async (page: Page) =>
    (
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()
    ).filter((entry) => entry !== 'Start');

  it('shows an anonymous visitor the start page only, and sends them to sign in elsewhere', async () => {
    const { context, page, errors } = await signedInPage(browser, null);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Antenne' }).waitFor();
    expect(await navigation(page)).toEqual(expectedNavigation.anonymous);
    expect(await page.getByRole('button', { name: '+ Toevoegen' }).count()).toBe(0);
    for (const path of ['/verkennen', '/suggesties', '/privacy', '/beheer']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.waitForURL(`**/inloggen?terug=${encodeURIComponent(path)}`);
      await page.getByTestId('sign-in-needed').waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const role of [
    'OFFICIAL',
    'AREA_BROKER',
    'MANAGEMENT',
    'PRIVACY_OFFICER',
    'ADMIN',
  ] as const) {
    it(`shows ${role} what the role allows, and refuses the rest`, async () => {
      const { context, page, errors } = await signedInPage(browser, accountOf(accounts, role));
      const shown = await navigation(page);
      expect(shown).toEqual(allEntries.filter((entry) => expectedNavigation[role].includes(entry)));
      for (const target of pages) {
        await page.goto(`${inject('baseUrl')}${target.path}`);
        if (target.open[role]) {
          await page.getByRole('heading', { level: 1, name: target.heading }).waitFor();
          expect(await page.getByTestId('no-access').count(), `${role} ${target.path}`).toBe(0);
        } else {
          await page.getByTestId('no-access').waitFor();
          await expect(page.getByTestId('no-access').textContent()).resolves.toContain(
            'Geen toegang',
          );
        }
      }
      if (role === 'PRIVACY_OFFICER') {
        // The privacy page shows data: the audit trail's chain check and its newest entries.
        await page.goto(`${inject('baseUrl')}/privacy`);
        await page.getByText(/Keten intact/).waitFor();
        await page.getByTestId('audit-entry').first().waitFor();
      }
      if (role === 'ADMIN') {
        await page.goto(`${inject('baseUrl')}/beheer`);
        await page
          .getByTestId('accounts-table')
          .getByRole('cell', { name: accountOf(accounts, 'ADMIN').username, exact: true })
          .waitFor();
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('lets an official find a person in their area, and not one from another area', async () => {
    const { context, page, errors } = await signedInPage(browser, accountOf(accounts, 'OFFICIAL'));
    await page.goto(`${inject('baseUrl')}/verkennen`);
    const search = page.getByRole('combobox', { name: 'Zoek een belanghebbende' });
    await search.fill(`binnendijk ${run}`);
    await page.getByRole('option', { name: new RegExp(name.inside) }).waitFor();

    await search.fill(`buitenhuis ${run}`);
    await page
      .locator('.search-empty', { hasText: `Niets gevonden voor ‘buitenhuis ${run}’.` })
      .waitFor();
    expect(await page.getByRole('option', { name: new RegExp(name.outside) }).count()).toBe(0);

    // Opened by its id, the person from elsewhere looks like an id that does not exist.
    await page.goto(`${inject('baseUrl')}/verkennen?id=${encodeURIComponent(outsideId)}`);
    await page
      .getByText(/bestaat niet \(meer\)/)
      .first()
      .waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain(name.outside);
    expect(errors.filter((error) => !/404|NOT_FOUND/.test(error))).toEqual([]);
    await context.close();
  });
});
