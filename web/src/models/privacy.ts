import { bool, integer, list, optionalInteger, optionalText, record, text } from './shape';

/** The subject-access export of one person (Art. 15): JSON and a readable HTML page. */
export interface SubjectAccessExport {
  personId: string;
  generatedAt: string;
  json: string;
  html: string;
}

export interface ObjectionResult {
  personId: string;
  objectedAt: string;
  scoresCleared: boolean;
  suggestionsRemoved: number;
}

export interface ErasureResult {
  personId: string;
  ledgerHash: string;
  linksRemoved: number;
  contactsRemoved: number;
  contactsKept: number;
  suggestionsRemoved: number;
  accountsUnlinked: number;
}

/** One line of the audit trail: ids and codes only, never personal data. */
export interface AuditLine {
  seq: number;
  at: string;
  action: string;
  result: string;
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  clientAddress: string | null;
  details: string;
}

export interface AuditPage {
  entries: AuditLine[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface AuditChainStatus {
  valid: boolean;
  entries: number;
  brokenAtSeq: number | null;
  problem: string | null;
}

export function parseSubjectAccessData(data: unknown): SubjectAccessExport {
  const value = record(record(data, 'data').subjectAccess, 'subjectAccess');
  return {
    personId: text(value.personId, 'subjectAccess.personId'),
    generatedAt: text(value.generatedAt, 'subjectAccess.generatedAt'),
    json: text(value.json, 'subjectAccess.json'),
    html: text(value.html, 'subjectAccess.html'),
  };
}

export function parseObjectionData(data: unknown): ObjectionResult {
  const value = record(record(data, 'data').recordObjection, 'recordObjection');
  return {
    personId: text(value.personId, 'recordObjection.personId'),
    objectedAt: text(value.objectedAt, 'recordObjection.objectedAt'),
    scoresCleared: bool(value.scoresCleared, 'recordObjection.scoresCleared'),
    suggestionsRemoved: integer(value.suggestionsRemoved, 'recordObjection.suggestionsRemoved'),
  };
}

export function parseErasureData(data: unknown): ErasureResult {
  const value = record(record(data, 'data').erasePerson, 'erasePerson');
  const count = (key: string) => integer(value[key], `erasePerson.${key}`);
  return {
    personId: text(value.personId, 'erasePerson.personId'),
    ledgerHash: text(value.ledgerHash, 'erasePerson.ledgerHash'),
    linksRemoved: count('linksRemoved'),
    contactsRemoved: count('contactsRemoved'),
    contactsKept: count('contactsKept'),
    suggestionsRemoved: count('suggestionsRemoved'),
    accountsUnlinked: count('accountsUnlinked'),
  };
}

export function parseAuditTrailData(data: unknown): AuditPage {
  const connection = record(record(data, 'data').auditTrail, 'auditTrail');
  const pageInfo = record(connection.pageInfo, 'auditTrail.pageInfo');
  return {
    entries: list(connection.edges, 'auditTrail.edges').map((edge, i) => {
      const what = `auditTrail.edges.${i}.node`;
      const node = record(record(edge, `auditTrail.edges.${i}`).node, what);
      return {
        seq: integer(node.seq, `${what}.seq`),
        at: text(node.at, `${what}.at`),
        action: text(node.action, `${what}.action`),
        result: text(node.result, `${what}.result`),
        actorId: optionalText(node.actorId, `${what}.actorId`),
        subjectType: optionalText(node.subjectType, `${what}.subjectType`),
        subjectId: optionalText(node.subjectId, `${what}.subjectId`),
        clientAddress: optionalText(node.clientAddress, `${what}.clientAddress`),
        details: text(node.details, `${what}.details`),
      };
    }),
    endCursor: optionalText(pageInfo.endCursor, 'auditTrail.pageInfo.endCursor'),
    hasNextPage: bool(pageInfo.hasNextPage, 'auditTrail.pageInfo.hasNextPage'),
  };
}

export function parseAuditChainStatusData(data: unknown): AuditChainStatus {
  const value = record(record(data, 'data').auditChainStatus, 'auditChainStatus');
  return {
    valid: bool(value.valid, 'auditChainStatus.valid'),
    entries: integer(value.entries, 'auditChainStatus.entries'),
    brokenAtSeq: optionalInteger(value.brokenAtSeq, 'auditChainStatus.brokenAtSeq'),
    problem: optionalText(value.problem, 'auditChainStatus.problem'),
  };
}

/**
 * The raw id inside a global id (base64 of `Type:uuid`), as the audit trail names people; a value
 * that is no global id is returned as it is.
 */
export function rawIdOf(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const colon = decoded.indexOf(':');
    return colon > 0 && /^[A-Za-z]+$/.test(decoded.slice(0, colon))
      ? decoded.slice(colon + 1)
      : globalId;
  } catch {
    return globalId;
  }
}

/** Whether the typed confirmation matches the person's name (spaces and case do not matter). */
export const confirmsName = (typed: string, name: string) =>
  typed.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl') ===
    name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl') && name.trim() !== '';
