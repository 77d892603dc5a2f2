import { describe, expect, it } from 'vitest';
import { AuditChainVerifier, type AuditEntry, auditEntryHash, genesisHash } from './auditChain.js';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = genesisHash;
  for (let seq = 1; seq <= length; seq += 1) {
    const content = {
      seq,
      at: `2026-03-02T09:00:0${seq}.000Z`,
      actorId: 'acc-1',
      action: 'person.viewed',
      result: 'success' as const,
      subjectType: 'Person',
      subjectId: `p-${seq}`,
      clientAddress: '192.0.2.1',
      requestId: `r-${seq}`,
      details: '{}',
      prevHash,
    };
    const hash = auditEntryHash(content);
    entries.push({ ...content, hash });
    prevHash = hash;
  }
  return entries;
}

const verify = (entries: AuditEntry[], head = entries.at(-1) ?? null) => {
  const verifier = new AuditChainVerifier();
  for (const entry of entries) verifier.add(entry);
  return verifier.finish(head);
};

describe('the audit hash chain', () => {
  it('accepts an untouched chain and an empty one', () => {
    const entries = chain(4);
    expect(verify(entries)).toMatchObject({ valid: true, entries: 4, lastSeq: 4 });
    expect(verify([], null)).toMatchObject({ valid: true, entries: 0 });
  });

  it('detects a changed field', () => {
    const entries = chain(4);
    const tampered = entries.map((e) => (e.seq === 2 ? { ...e, subjectId: 'p-other' } : e));
    expect(verify(tampered)).toMatchObject({ valid: false, seq: 2, problem: 'hash_mismatch' });
  });

  it('detects a changed entry whose hash was recomputed (the next link breaks)', () => {
    const entries = chain(4);
    const rewritten = entries.map((e) => {
      if (e.seq !== 2) return e;
      const changed = { ...e, actorId: 'someone-else' };
      return { ...changed, hash: auditEntryHash(changed) };
    });
    expect(verify(rewritten)).toMatchObject({ valid: false, seq: 3, problem: 'broken_link' });
  });

  it('detects a removed entry in the middle and at the end', () => {
    const entries = chain(4);
    expect(verify(entries.filter((e) => e.seq !== 3))).toMatchObject({
      valid: false,
      problem: 'missing_entry',
    });
    expect(verify(entries.slice(0, 3), entries[3])).toMatchObject({
      valid: false,
      problem: 'head_mismatch',
      seq: 4,
    });
  });
});
