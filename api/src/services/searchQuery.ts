/**
 * Turns what a user types into a safe Lucene query for the `stakeholder_search` full-text index
 * (standard-folding analyzer: lower-cased, accents folded, English stop words dropped).
 */

export const MAX_SEARCH_TEXT_LENGTH = 100;

/**
 * Lucene's stop words for the standard analyzers: they are never indexed, so a query that requires
 * one of them finds nothing. They only count as the start of a longer word being typed.
 */
const stopWords = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

/** Letters that Unicode decomposition leaves alone but Lucene's ASCII folding rewrites. */
const extraFolding: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lower-cases and strips accents the way the index does. Wildcard terms bypass the analyzer, so
 * "Mariën*" must arrive already folded to match the indexed "marienvelde".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => extraFolding[letter] ?? letter);
}

const luceneSpecial = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes every character Lucene's query parser treats as syntax. */
export function escapeLucene(term: string): string {
  return term.replace(luceneSpecial, (character) => `\\${character}`);
}

/**
 * The words of a search text: folded, split where the index's tokenizer splits (anything but
 * letters, digits and in-word apostrophes), apostrophes at the edges dropped ("'s-Heerenberg").
 */
export function searchTerms(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * Every word must match (AND); the last one may be the start of a word (type-ahead), and an exact
 * match of it scores higher than a mere prefix. Stop words cannot be required (they are not
 * indexed), so they only count as a prefix of the last word. Returns null when nothing is left to
 * search for (the text held only punctuation).
 */
export function buildLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  const last = terms.at(-1);
  if (last === undefined) return null;
  const clauses = terms
    .slice(0, -1)
    .filter((term) => !stopWords.has(term))
    .map((term) => `+${escapeLucene(term)}`);
  const lastEscaped = escapeLucene(last);
  clauses.push(stopWords.has(last) ? `${lastEscaped}*` : `+(${lastEscaped}^2 ${lastEscaped}*)`);
  return clauses.join(' ');
}
