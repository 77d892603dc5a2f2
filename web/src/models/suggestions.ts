import { type AnalysisNode, parseAnalysisNode, parseAnalysisNodes } from './analysisNode';
import { list, oneOf, optionalText, record, ShapeError, text } from './shape';

export const suggestionStatuses = ['OPEN', 'ACCEPTED', 'DISMISSED', 'SNOOZED'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];
export const suggestionDecisions = ['ACCEPT', 'DISMISS', 'SNOOZE'] as const;
export type SuggestionDecision = (typeof suggestionDecisions)[number];

/** A suggested introduction with why (the API's `Suggestion`). */
export interface Suggestion {
  id: string;
  subject: AnalysisNode;
  candidate: AnalysisNode;
  score: number;
  status: SuggestionStatus;
  mutualContacts: AnalysisNode[];
  reasons: { nl: string; en: string }[];
}

export interface DecidedSuggestion {
  id: string;
  status: SuggestionStatus;
  snoozedUntil: string | null;
}

function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ShapeError(`${what} is not a number`);
  return value;
}

export function parseSuggestions(data: unknown): Suggestion[] {
  return list(record(data, 'data').suggestions, 'suggestions').map((value, index) => {
    const what = `suggestions.${index}`;
    const suggestion = record(value, what);
    return {
      id: text(suggestion.id, `${what}.id`),
      subject: parseAnalysisNode(suggestion.subject, `${what}.subject`),
      candidate: parseAnalysisNode(suggestion.candidate, `${what}.candidate`),
      score: number(suggestion.score, `${what}.score`),
      status: oneOf(suggestion.status, suggestionStatuses, `${what}.status`),
      mutualContacts: parseAnalysisNodes(suggestion.mutualContacts, `${what}.mutualContacts`),
      reasons: list(suggestion.reasons, `${what}.reasons`).map((reason, r) => {
        const both = record(reason, `${what}.reasons.${r}`);
        return { nl: text(both.nl, `${what}.reasons.nl`), en: text(both.en, `${what}.reasons.en`) };
      }),
    };
  });
}

export function parseDecidedSuggestion(data: unknown): DecidedSuggestion {
  const decided = record(record(data, 'data').decideSuggestion, 'decideSuggestion');
  return {
    id: text(decided.id, 'decideSuggestion.id'),
    status: oneOf(decided.status, suggestionStatuses, 'decideSuggestion.status'),
    snoozedUntil: optionalText(decided.snoozedUntil, 'decideSuggestion.snoozedUntil'),
  };
}

/** The signed-in account's own person in the register (a global id), or null. */
export function parseViewerPerson(data: unknown): { name: string; personId: string | null } | null {
  const me = record(data, 'data').me;
  if (me === null || me === undefined) return null;
  const account = record(me, 'me');
  const uuid = optionalText(account.personId, 'me.personId');
  return {
    name: text(account.displayName, 'me.displayName'),
    personId: uuid ? personGlobalId(uuid) : null,
  };
}

/** The global id of a person from its UUID, as the API encodes it (base64 of `Person:<uuid>`). */
export const personGlobalId = (uuid: string) => btoa(`Person:${uuid}`);

/** The reasons in the chosen language. */
export const reasonsIn = (suggestion: Suggestion, language: 'nl' | 'en') =>
  suggestion.reasons.map((reason) => reason[language]);

/** The suggestions after one was decided: accepted and dismissed ones leave the list. */
export function afterDecision(
  suggestions: readonly Suggestion[],
  decided: DecidedSuggestion,
): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.id !== decided.id);
}

/** The day `days` days after `today` (`YYYY-MM-DD`), for snoozing. */
export function daysAfter(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
