import { z } from 'zod';
import { type LinkProperty, type LinkType, linkTypeNames, linkTypes } from '../linkTypes.js';
import type { EntityLabel } from '../vocabulary.js';
import { optionalText, pastDate, uuid } from './fields.js';

const strength = z
  .number()
  .int('Strength is a whole number from 1 to 5.')
  .min(1, 'Strength is a whole number from 1 to 5.')
  .max(5, 'Strength is a whole number from 1 to 5.');

const propertySchemas = {
  strength: strength.nullish(),
  since: pastDate.nullish(),
  lastContact: pastDate.nullish(),
  endedAt: pastDate.nullish(),
  role: optionalText(100),
};

const end = z.object({
  label: z.enum(['Person', 'Organization', 'Area', 'Theme', 'Initiative']),
  id: uuid,
});

export const linkPropertiesInput = z.object(propertySchemas);
export type LinkProperties = z.output<typeof linkPropertiesInput>;

export const createLinkInput = z
  .object({
    type: z.enum(linkTypeNames as [LinkType, ...LinkType[]]),
    from: end,
    to: end,
    ...propertySchemas,
  })
  .superRefine((value, ctx) => {
    const spec = linkTypes[value.type];
    if (!spec.from.includes(value.from.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fromId'],
        message: `A ${value.type} link starts at ${listOf(spec.from)}, not at ${article(value.from.label)}.`,
      });
      return;
    }
    if (!spec.to.includes(value.to.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['toId'],
        message: `A ${value.type} link ends at ${listOf(spec.to)}, not at ${article(value.to.label)}.`,
      });
      return;
    }
    if (value.from.id === value.to.id) {
      ctx.addIssue({ code: 'custom', path: ['toId'], message: 'A link cannot point to itself.' });
      return;
    }
    const problem = linkPropertiesProblem(value.type, value, true);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type CreateLinkInput = z.output<typeof createLinkInput>;

/**
 * Properties a type does not carry are refused (a strength on MEMBER_OF is a mistake, not noise);
 * required ones must be there on creation; dates must be in order.
 */
export function linkPropertiesProblem(
  type: LinkType,
  values: LinkProperties,
  creating: boolean,
): { field: string; message: string } | null {
  const spec = linkTypes[type];
  for (const property of Object.keys(propertySchemas) as LinkProperty[]) {
    const value = values[property];
    const given = value !== undefined && value !== null;
    if (given && !spec.properties.includes(property)) {
      return { field: property, message: `A ${type} link has no ${property}.` };
    }
    const cleared = creating ? !given : value === null;
    if (cleared && spec.required.includes(property)) {
      return { field: property, message: `A ${type} link needs a ${property}.` };
    }
  }
  if (values.since && values.lastContact && values.lastContact < values.since) {
    return { field: 'lastContact', message: 'The last contact cannot be before they first met.' };
  }
  if (values.since && values.endedAt && values.endedAt < values.since) {
    return { field: 'endedAt', message: 'A link cannot end before it started.' };
  }
  return null;
}

function article(label: EntityLabel): string {
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}

function listOf(labels: readonly EntityLabel[]): string {
  return labels.map(article).join(' or ');
}
