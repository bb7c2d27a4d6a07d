import { createHash } from 'node:crypto';

/** The id grammar: kind:slug, with further :parts for ids made of others (action:uncc:vnm:signature). */
export const ENTITY_ID = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9.-]*(:[A-Za-z0-9.-]+)*$/;

/** A document's id: doc: and a lower-case slug. */
export const DOC_ID = /^doc:[a-z0-9][a-z0-9.-]*$/;

/** An ISO 3166-1 alpha-3 code, as stored. */
export const ISO3 = /^[A-Z]{3}$/;

/** Lower-case ASCII words joined by '-', accents folded, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > max / 2 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** A short stable digest, for ids that must differ when their content does. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** The slug part of an id (kind:slug), lower-cased for use inside another id. */
export function slugOfId(id: string): string {
  return slugify(id.slice(id.indexOf(':') + 1), 80);
}

/** kind:slug from a display text; a text with no letters or digits falls back to its digest. */
export function idFrom(kind: string, text: string): string {
  return `${kind}:${slugify(text) || shortHash(text)}`;
}
