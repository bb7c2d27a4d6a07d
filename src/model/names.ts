/**
 * A name as search compares it whole: accents and case folded, curly apostrophes straightened and
 * spaces collapsed, so "cote d'ivoire", "Côte d’Ivoire" and "COTE D'IVOIRE" are one key. The
 * full-text index folds the same way word by word (standard-folding); this key ranks a hit whose
 * whole name or alias is what was typed above hits that merely contain the words.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
