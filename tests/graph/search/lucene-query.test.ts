import { describe, expect, it } from 'vitest';

import { escapeLucene, toLuceneQuery } from '../../../src/graph/search/lucene-query.js';

describe('full-text query building', () => {
  it('escapes every character of the classic query syntax', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('plain words')).toBe('plain words');
  });

  it('requires every word and ranks the whole text as a phrase first', () => {
    expect(toLuceneQuery('Ghada Waly')).toBe('(ghada AND waly) OR "ghada waly"^2 OR name:"ghada waly"^4');
    expect(toLuceneQuery('multilateralism')).toBe('multilateralism');
  });

  it('searches a word with punctuation inside as a phrase of its parts', () => {
    expect(toLuceneQuery('A/RES/79/243')).toBe('"a\\/res\\/79\\/243"');
    expect(toLuceneQuery('C.N.')).toBe('"c.n."');
  });

  it('lower-cases operator words so they stay words, and drops what has nothing to search', () => {
    expect(toLuceneQuery('war AND peace')).toBe('(war AND and AND peace) OR "war and peace"^2 OR name:"war and peace"^4');
    expect(toLuceneQuery('Waly ( " -')).toBe('waly');
    expect(toLuceneQuery('Waly"')).toBe('"waly\\""');
  });

  it('has no query for text without a letter or a digit', () => {
    expect(toLuceneQuery('')).toBeNull();
    expect(toLuceneQuery('  \t ')).toBeNull();
    expect(toLuceneQuery('" ( ) *')).toBeNull();
  });
});
