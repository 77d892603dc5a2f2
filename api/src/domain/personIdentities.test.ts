import { describe, expect, it } from 'vitest';
import { normalizedNameKey } from './importRows.js';
import { identityDetails, PersonIdentities } from './personIdentities.js';

const person = (
  id: string,
  name: string,
  details: { email?: string; phone?: string; postcode?: string } = {},
) => ({
  id,
  name,
  email: details.email ?? null,
  phone: details.phone ?? null,
  postcode: details.postcode ?? null,
});

type Person = ReturnType<typeof person>;

/** The rule as the import documents it, by a walk over everyone remembered (the reference). */
function reference(remembered: Person[], row: Person) {
  const key = normalizedNameKey(row.name);
  const details = identityDetails(row);
  const sameName = remembered.filter((p) => normalizedNameKey(p.name) === key);
  const same = sameName.find((p) => {
    const theirs = identityDetails(p);
    return details.some((d) => theirs.includes(d)) || (details.length === 0 && theirs.length === 0);
  });
  const near =
    sameName[0] ??
    remembered.find((p) =>
      identityDetails(p).some((d) => !d.startsWith('c:') && details.includes(d)),
    );
  return { same: same?.id, near: near?.id };
}

function indexOf(people: Person[]) {
  const identities = new PersonIdentities();
  for (const p of people) identities.remember(p, normalizedNameKey(p.name), identityDetails(p));
  return identities;
}

describe('PersonIdentities', () => {
  it('finds the same person by name and a shared detail, whatever the casing and accents', () => {
    const identities = indexOf([
      person('a', 'José de Vries', { email: 'jose@example.nl' }),
      person('b', 'Jose de Vries', { phone: '06-12345678' }),
    ]);
    const row = person('x', 'JOSE DE VRIES', { phone: '0612345678', email: 'JOSE@example.nl' });
    // Both share a detail; the first remembered wins.
    expect(identities.same(normalizedNameKey(row.name), identityDetails(row))?.id).toBe('a');
  });

  it('takes a bare name as the same bare name only', () => {
    const identities = indexOf([
      person('a', 'Anke Jansen', { postcode: '7141AB' }),
      person('b', 'Anke Jansen'),
    ]);
    expect(identities.same(normalizedNameKey('anke jansen'), [])?.id).toBe('b');
    expect(identities.same(normalizedNameKey('anke jansen'), ['c:9999ZZ'])).toBeUndefined();
    expect(identities.near(normalizedNameKey('anke jansen'), ['c:9999ZZ'])?.id).toBe('a');
  });

  it('calls the same e-mail under another name near, but never the same postcode alone', () => {
    const identities = indexOf([
      person('a', 'Piet Klein', { email: 'p@k.nl', postcode: '7141AB' }),
    ]);
    expect(identities.near(normalizedNameKey('Kees Groot'), ['e:p@k.nl'])?.id).toBe('a');
    expect(identities.near(normalizedNameKey('Kees Groot'), ['c:7141AB'])).toBeUndefined();
  });

  it('answers as the walk over everyone does, on a register full of common names', () => {
    const names = ['Jan Jansen', 'jan jansen', 'Jän Jansen', 'Marie Vos', 'Kees de Boer'];
    const emails = ['a@x.nl', 'b@x.nl', undefined];
    const phones = ['06-1', '06-2', undefined];
    const postcodes = ['7141AB', undefined];
    const people: Person[] = [];
    let n = 0;
    for (const name of names)
      for (const email of emails)
        for (const phone of phones)
          for (const postcode of postcodes)
            people.push(person(`p${n++}`, name, { email, phone, postcode }));
    // Remember half of them, in a scrambled order; ask about everyone.
    const remembered = people.filter((_, i) => (i * 7) % 3 !== 0);
    const identities = indexOf(remembered);
    let matched = 0;
    for (const row of people) {
      const key = normalizedNameKey(row.name);
      const details = identityDetails(row);
      const expected = reference(remembered, row);
      expect({
        same: identities.same(key, details)?.id,
        near: identities.near(key, details)?.id,
      }).toEqual(expected);
      if (expected.same) matched++;
    }
    expect(matched).toBeGreaterThan(people.length / 2);
  });
});
