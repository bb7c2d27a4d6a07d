import neo4j from 'neo4j-driver';

/** Node properties as the driver returns them. */
export type Props = Record<string, unknown>;

export function str(props: Props, key: string): string {
  const value = props[key];
  return typeof value === 'string' ? value : '';
}

export function strOrNull(props: Props, key: string): string | null {
  const value = props[key];
  return typeof value === 'string' ? value : null;
}

export function strList(props: Props, key: string): string[] {
  const value = props[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Neo4j integers are 64-bit; the counts stored here always fit a JS number. */
export function num(value: unknown): number | null {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : null;
}
