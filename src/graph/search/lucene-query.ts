/** Characters with a meaning in Lucene's classic query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene's own escaping: a backslash before each special character. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

const SEARCHABLE = /[\p{L}\p{N}]/u;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Turns what a user typed into a full-text query in which nothing is an operator: every word must
 * occur (in any indexed field); a word with punctuation inside, such as the symbol A/RES/79/243 or
 * C.N., is searched as a phrase of its parts; the whole text as a phrase ranks exact matches first, and
 * as a name higher still.
 * Lower-casing costs nothing (the index's analyzer lower-cases too) and keeps AND, OR and NOT words.
 * Returns null when the text has no letter or digit to search for.
 */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const all = everyWord(words);
  if (words.length === 1) return all;
  const phrase = `"${escapeLucene(words.join(' '))}"`;
  // The whole text as someone's or something's name ranks above texts that merely mention it.
  return `${all} OR ${phrase}^2 OR name:${phrase}^4`;
}

function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => SEARCHABLE.test(word));
}

/** Every word must occur: a plain word as a term, a word with punctuation inside as a phrase of its parts. */
function everyWord(words: readonly string[]): string {
  const terms = words.map((word) => (PLAIN_WORD.test(word) ? word : `"${escapeLucene(word)}"`));
  return terms.length === 1 ? terms[0]! : `(${terms.join(' AND ')})`;
}

/**
 * The same words, each required in the symbol field alone: every document whose symbol is the text
 * (or ends with "/" and the text) matches it, since the text's words are then words of the symbol,
 * and few others do. Null when the text has no letter or digit.
 */
export function toSymbolQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : `symbol:(${everyWord(words)})`;
}

/**
 * The same words, each required in the name field or in the aliases: every entity whose whole name or
 * an alias is the text matches it, and its short field ranks it near the top of these few matches.
 * Null when the text has no letter or digit.
 */
export function toNameQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const all = everyWord(words);
  return `name:(${all}) OR aliasesText:(${all})`;
}
