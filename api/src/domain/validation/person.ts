import { z } from 'zod';
import type { LegalBasis } from '../vocabulary.js';
import { legalBases, officialRoles } from '../vocabulary.js';
import {
  email,
  futureDate,
  name,
  note,
  optionalText,
  pastDate,
  phone,
  postcode,
  requiredText,
} from './fields.js';

export const officialInput = z.object({
  officialRole: z.enum(officialRoles),
  workEmail: email,
  workPhone: phone,
});

/** The privacy fields as stored, checked together by `legalBasisProblem`. */
export interface LegalBasisFields {
  legalBasis: LegalBasis;
  legalReference?: string | null;
  consentDate?: string | null;
  consentTextVersion?: string | null;
}

/**
 * A public task needs the law or council decision it rests on; consent needs the date it was given
 * and the version of the text the person agreed to. Returns the field at fault, or null.
 */
export function legalBasisProblem(
  fields: LegalBasisFields,
): { field: string; message: string } | null {
  if (fields.legalBasis === 'PUBLIC_TASK' && !fields.legalReference) {
    return {
      field: 'legalReference',
      message: 'A public-task basis needs its legal reference (the law or decision).',
    };
  }
  if (fields.legalBasis === 'CONSENT') {
    if (!fields.consentDate) {
      return { field: 'consentDate', message: 'Consent needs the date it was given.' };
    }
    if (!fields.consentTextVersion) {
      return {
        field: 'consentTextVersion',
        message: 'Consent needs the version of the consent text the person agreed to.',
      };
    }
  }
  return null;
}

const personFields = {
  name,
  email,
  phone,
  postcode,
  notes: note,
  legalBasis: z.enum(legalBases),
  legalReference: optionalText(300),
  consentDate: pastDate.nullish(),
  consentTextVersion: optionalText(50),
  purpose: requiredText(500),
  retainUntil: futureDate,
  objected: z.boolean().nullish(),
  official: officialInput.nullish(),
};

/** Recording a person: the privacy fields (basis, purpose, retention) are required from the start. */
export const createPersonInput = z.object(personFields).superRefine((value, ctx) => {
  const problem = legalBasisProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
});
export type CreatePersonInput = z.output<typeof createPersonInput>;

/**
 * Changing a person: every field optional; `null` clears an optional field and is refused for a
 * required one. `official: null` removes the Official label. The legal-basis rule is checked by the
 * service on the merged record, since it spans fields the patch may not carry.
 */
export const updatePersonInput = z.object({
  name: name.optional(),
  email,
  phone,
  postcode,
  notes: note,
  legalBasis: z.enum(legalBases).optional(),
  legalReference: optionalText(300),
  consentDate: pastDate.nullish(),
  consentTextVersion: optionalText(50),
  purpose: requiredText(500).optional(),
  retainUntil: futureDate.optional(),
  objected: z.boolean().optional(),
  official: officialInput.nullish(),
});
export type UpdatePersonInput = z.output<typeof updatePersonInput>;
