import { normalizedPhone } from './importRows.js';

/** A person as de-duplication knows them: the id and the name to show in a report. */
export interface Identity {
  id: string;
  name: string;
}

export interface IdentityFields {
  email: string | null;
  phone: string | null;
  postcode: string | null;
}

/** The identifying details of a person, each tagged with its kind (`e:`, `p:`, `c:`). */
export const identityDetails = (person: IdentityFields): string[] => {
  const details: string[] = [];
  if (person.email) details.push(`e:${person.email.toLowerCase()}`);
  if (person.phone) details.push(`p:${normalizedPhone(person.phone)}`);
  if (person.postcode) details.push(`c:${person.postcode}`);
  return details;
};

interface Remembered extends Identity {
  order: number;
}

/**
 * The de-duplication index of an import: stored people first, then each new row as it is planned.
 * Every question is a few map look-ups, so a file of 100,000 rows against a register of 100,000
 * people is planned in about a second, however many people share a common name.
 *
 * - `same`: the first person remembered with the same normalised name and a shared e-mail, phone
 *   or postcode; with no details on either side, the first with the same bare name.
 * - `near`: the first person with the same normalised name, else the first with the same e-mail
 *   or phone (a postcode alone is too weak to call anyone alike).
 */
export class PersonIdentities {
  #order = 0;
  readonly #byNameAndDetail = new Map<string, Remembered>();
  readonly #bareByName = new Map<string, Identity>();
  readonly #firstByName = new Map<string, Identity>();
  readonly #byDetail = new Map<string, Identity>();

  remember(identity: Identity, nameKey: string, details: readonly string[]): void {
    const remembered = { id: identity.id, name: identity.name, order: this.#order++ };
    if (!this.#firstByName.has(nameKey)) this.#firstByName.set(nameKey, remembered);
    if (details.length === 0 && !this.#bareByName.has(nameKey))
      this.#bareByName.set(nameKey, remembered);
    for (const detail of details) {
      const pair = `${nameKey}\u0000${detail}`;
      if (!this.#byNameAndDetail.has(pair)) this.#byNameAndDetail.set(pair, remembered);
      if (!detail.startsWith('c:') && !this.#byDetail.has(detail))
        this.#byDetail.set(detail, remembered);
    }
  }

  same(nameKey: string, details: readonly string[]): Identity | undefined {
    if (details.length === 0) return this.#bareByName.get(nameKey);
    let first: Remembered | undefined;
    for (const detail of details) {
      const found = this.#byNameAndDetail.get(`${nameKey}\u0000${detail}`);
      if (found && (!first || found.order < first.order)) first = found;
    }
    return first;
  }

  near(nameKey: string, details: readonly string[]): Identity | undefined {
    const byName = this.#firstByName.get(nameKey);
    if (byName) return byName;
    for (const detail of details) {
      const found = this.#byDetail.get(detail);
      if (found) return found;
    }
    return undefined;
  }
}
