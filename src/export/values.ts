import neo4j from 'neo4j-driver';

/** A stored property as plain JSON: Neo4j integers as numbers, dates as their ISO strings. */
export function jsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'object' && (neo4j.isDate(value as object) || neo4j.isDateTime(value as object))) return String(value);
  if (Array.isArray(value)) return value.map(jsonValue);
  return value;
}

export function jsonProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, jsonValue(value)]));
}

/** A property as one string for a table cell or an XML attribute; lists joined with "; ". */
export function plainValue(value: unknown): string | null {
  const plain = jsonValue(value);
  if (plain === null) return null;
  if (Array.isArray(plain)) return plain.map(String).join('; ');
  return String(plain);
}
