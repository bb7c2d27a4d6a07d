import { ENTITY_LABELS, ENTITY_TYPES, type EntityLabel } from '../entities.js';
import type { Props } from './props.js';

/**
 * The properties each entity type reads from its node: what `fromProps` looks at. A node also
 * stores what only Cypher uses (the first and last possible days of its partial dates, for range
 * filters and ordering); the driver decodes every value it is sent, and Neo4j dates are among the
 * slowest to decode, so reads ask for these keys only.
 *
 * The keys are found by running each `fromProps` on recording stand-ins, once with every value
 * missing and once with values that take the other branches (a retracted node, a rule with a
 * threshold), so a field added to a type is read without anyone listing it. A test checks, on
 * every node of the seeded graph, that an entity built from these keys equals one built from all.
 */
function keysRead(label: EntityLabel): string[] | null {
  const keys = new Set<string>();
  let ran = false;
  for (const value of [undefined, true, 1, 'x']) {
    const standIn = new Proxy({} as Props, {
      get(_target, key) {
        if (typeof key === 'string') keys.add(key);
        return value;
      },
      has(_target, key) {
        if (typeof key === 'string') keys.add(key);
        return value !== undefined;
      },
    });
    try {
      ENTITY_TYPES[label].fromProps(standIn);
      ran = true;
    } catch {
      // A stand-in that fails a parse (a JSON field given 'x') shows nothing; the other runs do.
    }
  }
  return ran ? [...keys].sort() : null;
}

export const KEYS_READ: Readonly<Record<EntityLabel, string[] | null>> = Object.fromEntries(
  ENTITY_LABELS.map((label) => [label, keysRead(label)]),
) as Record<EntityLabel, string[] | null>;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function projection(variable: string): string {
  const cases = ENTITY_LABELS.map((label) => {
    const keys = KEYS_READ[label];
    // A key that is not a plain identifier, or a type whose reads could not be found: all properties.
    if (keys === null || !keys.every((key) => IDENTIFIER.test(key))) return `WHEN ${variable}:${label} THEN properties(${variable})`;
    return `WHEN ${variable}:${label} THEN ${variable} {${keys.map((key) => `.${key}`).join(', ')}}`;
  });
  return `CASE ${cases.join(' ')} ELSE properties(${variable}) END`;
}

const cache = new Map<string, string>();

/**
 * A Cypher expression for the properties of the entity node bound to `variable` that its type
 * reads. `variable` is a name the query itself binds, never input.
 */
export function readProps(variable: string): string {
  if (!IDENTIFIER.test(variable)) throw new Error(`not a Cypher variable: ${variable}`);
  let expression = cache.get(variable);
  if (expression === undefined) {
    expression = projection(variable);
    cache.set(variable, expression);
  }
  return expression;
}
