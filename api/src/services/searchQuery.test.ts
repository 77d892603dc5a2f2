import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, foldForSearch, searchTerms } from './searchQuery.js';

describe('search query building', () => {
  it('folds case and accents the way the standard-folding index does', () => {
    expect(foldForSearch('Mariënvelde')).toBe('marienvelde');
    expect(foldForSearch('ÉÉN Straße Ærø')).toBe('een strasse aero');
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('splits on punctuation and keeps in-word apostrophes', () => {
    expect(searchTerms("  's-Heerenberg (Oost)  o'Brien ")).toEqual([
      's',
      'heerenberg',
      'oost',
      "o'brien",
    ]);
  });

  it('requires every word and lets the last one be a prefix', () => {
    expect(buildLuceneQuery('Jan Lieve')).toBe('+jan +(lieve^2 lieve*)');
  });

  it('turns query syntax in user text into plain words (operators become dropped stop words)', () => {
    expect(buildLuceneQuery('name:x* OR (y AND -z)')).toBe('+name +x +y +(z^2 z*)');
  });

  it('does not require stop words, which the index never holds', () => {
    expect(buildLuceneQuery('kunst in de')).toBe('+kunst +(de^2 de*)');
    expect(buildLuceneQuery('kunst in')).toBe('+kunst in*');
  });

  it('gives nothing to search for when the text is only punctuation', () => {
    expect(buildLuceneQuery('*** ???')).toBeNull();
  });
});
