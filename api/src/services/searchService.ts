import type { RegisterScope } from '../auth/registerScope.js';
import { ValidationError } from '../domain/errors.js';
import type { Database } from '../neo4j/database.js';
import { type SearchHitRow, searchStakeholders } from '../repositories/searchRepository.js';
import { labelOfKind, type StakeholderKind, stakeholderKinds } from './searchKinds.js';
import { buildLuceneQuery, MAX_SEARCH_TEXT_LENGTH } from './searchQuery.js';

export const DEFAULT_SEARCH_RESULTS = 10;
export const MAX_SEARCH_RESULTS = 50;

export interface SearchInput {
  text: string;
  /** Restrict to these kinds; absent or empty means every kind. */
  kinds?: readonly StakeholderKind[] | null;
  first?: number | null;
}

export type SearchHit = SearchHitRow;

/**
 * Type-ahead search over the register: case- and accent-insensitive, every word must match, the
 * last word may be unfinished, best match first. People who objected stay findable: objection keeps
 * them out of scores and suggestions, not out of the register. Stakeholders outside the scope are
 * left out in the query itself.
 */
export async function searchRegister(
  db: Database,
  scope: RegisterScope,
  input: SearchInput,
): Promise<SearchHit[]> {
  const text = input.text.trim();
  if (text.length === 0) throw new ValidationError('text', 'Type something to search for.');
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new ValidationError('text', `Search with at most ${MAX_SEARCH_TEXT_LENGTH} characters.`);
  }
  const first = input.first ?? DEFAULT_SEARCH_RESULTS;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
    throw new ValidationError('first', `Ask for 1 to ${MAX_SEARCH_RESULTS} results.`);
  }
  const lucene = buildLuceneQuery(text);
  // Only punctuation: nothing a name could contain, so nothing can match.
  if (lucene === null) return [];
  const kinds = input.kinds?.length ? input.kinds : stakeholderKinds;
  const labels = [...new Set(kinds)].map(labelOfKind);
  return db.read('searchStakeholders', (tx) =>
    searchStakeholders(tx, { lucene, labels, limit: first }, scope),
  );
}
