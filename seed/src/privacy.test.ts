import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.js';
import { generateDemoMunicipality } from './generateDemoMunicipality.js';

describe('privacy fields of generated people', () => {
  const m = generateDemoMunicipality({ size: 2_500, seed: 'privacy', today: '2026-11-29' });

  it('gives every person a lawful basis with what that basis needs, a purpose and a future retention date', () => {
    for (const p of m.persons) {
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.name.length).toBeLessThanOrEqual(200);
      expect(p.purpose.length).toBeGreaterThan(10);
      expect(isIsoDate(p.retainUntil) && p.retainUntil > '2026-11-29').toBe(true);
      if (p.legalBasis === 'PUBLIC_TASK') {
        expect(p.legalReference).toMatch(/wet|AVG/i);
        expect(p.consentDate).toBeUndefined();
      } else {
        expect(p.legalBasis).toBe('CONSENT');
        expect(isIsoDate(p.consentDate ?? '') && (p.consentDate ?? '') <= '2026-11-29').toBe(true);
        expect(p.consentTextVersion).toMatch(/^toestemming-v/);
        expect(p.legalReference).toBeUndefined();
      }
      if (p.notes) expect(p.notes.length).toBeLessThanOrEqual(500);
      if (p.postcode) expect(p.postcode).toMatch(/^[1-9]\d{3}[A-Z]{2}$/);
      if (p.email) expect(p.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/);
    }
    const bases = new Set(m.persons.map((p) => p.legalBasis));
    expect(bases).toEqual(new Set(['PUBLIC_TASK', 'CONSENT']));
  });

  it('has a few residents who objected, each with the date they did, and no official among them', () => {
    const objected = m.persons.filter((p) => p.objected);
    expect(objected.length).toBeGreaterThanOrEqual(3);
    expect(objected.length).toBeLessThan(m.persons.length * 0.02);
    for (const p of objected) {
      expect(p.officialRole).toBeUndefined();
      expect(isIsoDate(p.objectedAt ?? '') && (p.objectedAt ?? '') <= '2026-11-29').toBe(true);
    }
    expect(m.persons.filter((p) => !p.objected && p.objectedAt)).toEqual([]);
  });

  it('puts officials on public task with a work address and a role', () => {
    const officials = m.persons.filter((p) => p.officialRole);
    expect(officials.length).toBeGreaterThanOrEqual(15);
    for (const o of officials) {
      expect(o.legalBasis).toBe('PUBLIC_TASK');
      expect(o.workEmail).toMatch(/@berkelveld\.example$/);
      expect(o.workPhone).toMatch(/^0544-/);
    }
  });
});
