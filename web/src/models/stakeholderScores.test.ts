import { describe, expect, it } from 'vitest';
import { brokerageFacts, parseStakeholderScores, scoreFacts } from './stakeholderScores';

const sample = {
  degree: 4,
  betweenness: 0.25,
  closeness: 0.5,
  pagerank: 0.031,
  eigenvector: 0.4,
  coreNumber: 2,
  community: 3,
  constraint: null,
  effectiveSize: 2.5,
  brokerage: { coordinator: 1, itinerant: 0, gatekeeperRepresentative: 5, liaison: 2, total: 8 },
};

describe('stakeholder scores', () => {
  it('is null before the first analysis run', () => {
    expect(parseStakeholderScores(null)).toBeNull();
    expect(parseStakeholderScores(undefined)).toBeNull();
  });

  it('reads every score and the brokerage roles', () => {
    const scores = parseStakeholderScores(sample);
    expect(scores).toEqual(sample);
  });

  it('refuses a score that is not a number', () => {
    expect(() => parseStakeholderScores({ ...sample, pagerank: 'high' })).toThrow(
      'scores.pagerank is not a number',
    );
    expect(() => parseStakeholderScores({ ...sample, degree: 1.5 })).toThrow(
      'scores.degree is not an integer',
    );
  });

  it('lists constraint and effective size only when known', () => {
    const scores = parseStakeholderScores(sample);
    if (!scores) throw new Error('expected scores');
    const keys = scoreFacts(scores).map((fact) => fact.key);
    expect(keys).toContain('effectiveSize');
    expect(keys).not.toContain('constraint');
    expect(keys[0]).toBe('degree');
  });

  it('lists the brokerage roles played, largest first', () => {
    expect(brokerageFacts(sample.brokerage)).toEqual([
      { role: 'gatekeeperRepresentative', pairs: 5 },
      { role: 'liaison', pairs: 2 },
      { role: 'coordinator', pairs: 1 },
    ]);
  });
});
