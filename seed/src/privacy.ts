import { addDays, daysAgo } from './dates.js';
import type { PersonNode } from './model.js';
import type { Random } from './random.js';

/** The legal grounds the demo records, in the words a privacy officer would write. */
export const publicTaskReferences = [
  'Gemeentewet art. 160; Omgevingswet art. 16.55',
  'Gemeentewet art. 108 en 160 (burgerparticipatie)',
  'Omgevingswet art. 16.55 (participatie); AVG art. 6 lid 1 sub e',
] as const;
export const officialLegalReference =
  'AVG art. 6 lid 1 sub e; Gemeentewet art. 160 (ambtelijke organisatie)';
export const consentTextVersions = [
  'toestemming-v1.0-2023',
  'toestemming-v1.1-2024',
  'toestemming-v2.0-2025',
] as const;

type PrivacyFields = Pick<
  PersonNode,
  | 'legalBasis'
  | 'legalReference'
  | 'consentDate'
  | 'consentTextVersion'
  | 'purpose'
  | 'retainUntil'
  | 'objected'
  | 'objectedAt'
>;

/** Privacy fields for a resident: public task for contact persons, consent for most others. */
export function residentPrivacy(
  random: Random,
  today: string,
  options: { kern: string; contactPerson: boolean; objected: boolean; recordedOn: string },
): PrivacyFields {
  const retainUntil = addDays(today, random.int(90, 1460));
  const objected = options.objected
    ? { objected: true, objectedAt: daysAgo(today, random, 1, 300) }
    : { objected: false };
  if (options.contactPerson || random.chance(0.4)) {
    return {
      legalBasis: 'PUBLIC_TASK',
      legalReference: random.pick(publicTaskReferences),
      purpose: options.contactPerson
        ? `Contactpersoon van een vereniging of organisatie in ${options.kern} voor samenwerking met de gemeente`
        : `Netwerkontwikkeling en ondersteuning van inwonersinitiatieven in ${options.kern}`,
      retainUntil,
      ...objected,
    };
  }
  return {
    legalBasis: 'CONSENT',
    consentDate: options.recordedOn,
    consentTextVersion: random.pick(consentTextVersions),
    purpose: `Op de hoogte blijven van en meedoen aan initiatieven in ${options.kern}`,
    retainUntil,
    ...objected,
  };
}

export function officialPrivacy(random: Random, today: string): PrivacyFields {
  return {
    legalBasis: 'PUBLIC_TASK',
    legalReference: officialLegalReference,
    purpose: 'Medewerker van de gemeente: vastleggen wie welk contact onderhoudt',
    retainUntil: addDays(today, random.int(365, 1460)),
    objected: false,
  };
}
