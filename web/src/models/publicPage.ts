import { list, oneOf, optionalText, record, text } from './shape';

/** What the public page shows: nothing about residents, only public work contacts and public offers. */

export interface PublicArea {
  id: string;
  name: string;
  level: 'KERN' | 'WIJK';
  kernName: string | null;
}

export interface PublicAreaPage {
  area: PublicArea;
  brokers: { workEmail: string | null; workPhone: string | null; areaNames: string[] }[];
  initiatives: {
    title: string;
    description: string | null;
    status: 'INTAKE' | 'ACTIVE';
    themes: string[];
  }[];
  organizations: {
    name: string;
    kind: 'ASSOCIATION' | 'NETWORK' | 'INSTITUTION';
    description: string | null;
    website: string | null;
    email: string | null;
    phone: string | null;
    themes: string[];
  }[];
}

const texts = (value: unknown, what: string) =>
  list(value, what).map((item, i) => text(item, `${what}.${i}`));

function area(value: unknown, what: string): PublicArea {
  const row = record(value, what);
  return {
    id: text(row.id, `${what}.id`),
    name: text(row.name, `${what}.name`),
    level: oneOf(row.level, ['KERN', 'WIJK'] as const, `${what}.level`),
    kernName: optionalText(row.kernName, `${what}.kernName`),
  };
}

export function parsePublicAreasData(data: unknown): PublicArea[] {
  return list(record(data, 'data').publicAreas, 'publicAreas').map((row, i) =>
    area(row, `publicAreas.${i}`),
  );
}

export function parsePublicAreaPageData(data: unknown): PublicAreaPage | null {
  const value = record(data, 'data').publicAreaPage;
  if (value === null) return null;
  const page = record(value, 'publicAreaPage');
  return {
    area: area(page.area, 'area'),
    brokers: list(page.brokers, 'brokers').map((value, i) => {
      const row = record(value, `brokers.${i}`);
      return {
        workEmail: optionalText(row.workEmail, `brokers.${i}.workEmail`),
        workPhone: optionalText(row.workPhone, `brokers.${i}.workPhone`),
        areaNames: texts(row.areaNames, `brokers.${i}.areaNames`),
      };
    }),
    initiatives: list(page.initiatives, 'initiatives').map((value, i) => {
      const row = record(value, `initiatives.${i}`);
      return {
        title: text(row.title, `initiatives.${i}.title`),
        description: optionalText(row.description, `initiatives.${i}.description`),
        status: oneOf(row.status, ['INTAKE', 'ACTIVE'] as const, `initiatives.${i}.status`),
        themes: texts(row.themes, `initiatives.${i}.themes`),
      };
    }),
    organizations: list(page.organizations, 'organizations').map((value, i) => {
      const what = `organizations.${i}`;
      const row = record(value, what);
      return {
        name: text(row.name, `${what}.name`),
        kind: oneOf(row.kind, ['ASSOCIATION', 'NETWORK', 'INSTITUTION'] as const, `${what}.kind`),
        description: optionalText(row.description, `${what}.description`),
        website: optionalText(row.website, `${what}.website`),
        email: optionalText(row.email, `${what}.email`),
        phone: optionalText(row.phone, `${what}.phone`),
        themes: texts(row.themes, `${what}.themes`),
      };
    }),
  };
}

/** The areas as the chooser lists them: kernen, each followed by its wijken (indented by label). */
export function areaChoices(areas: readonly PublicArea[]): { id: string; label: string }[] {
  const kernen = areas
    .filter((a) => a.level === 'KERN')
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const choices: { id: string; label: string }[] = [];
  const placed = new Set<string>();
  for (const kern of kernen) {
    choices.push({ id: kern.id, label: kern.name });
    placed.add(kern.id);
    for (const wijk of areas
      .filter((a) => a.level === 'WIJK' && a.kernName === kern.name)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))) {
      choices.push({ id: wijk.id, label: `— ${wijk.name}` });
      placed.add(wijk.id);
    }
  }
  for (const rest of areas.filter((a) => !placed.has(a.id)))
    choices.push({ id: rest.id, label: rest.name });
  return choices;
}
