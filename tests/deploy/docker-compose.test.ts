import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { loadConfig } from '../../src/config.js';
import { projectPath } from '../../src/paths.js';

/** Docker does not run on every machine; the file is checked against the server's configuration instead. */
const compose = parse(readFileSync(projectPath('docker-compose.yml'), 'utf8')) as {
  services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; ports?: string[] }>;
};

const CONFIG_VARIABLES = [
  'PORT',
  'NEO4J_URI',
  'NEO4J_USERNAME',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'TREATY_GRAPH_DATA_DIR',
  'LOG_LEVEL',
  'TREATY_GRAPH_TOKENS',
  'TREATY_GRAPH_MAX_DEPTH',
  'TREATY_GRAPH_MAX_ALIASES',
  'TREATY_GRAPH_MAX_DIRECTIVES',
  'TREATY_GRAPH_MAX_COST',
  'TREATY_GRAPH_MAX_TOKENS',
  'TREATY_GRAPH_MAX_DOCUMENT_CHARS',
  'TREATY_GRAPH_MAX_BODY_BYTES',
  'TREATY_GRAPH_TX_TIMEOUT_SECONDS',
  'TREATY_GRAPH_CORS_ORIGINS',
  'TREATY_GRAPH_INTROSPECTION',
  'TREATY_GRAPH_SHUTDOWN_GRACE_SECONDS',
];

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 with Bolt published', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toMatch(/^neo4j:5\.26/);
    expect(neo4j.ports).toContain('7687:7687');
  });

  it('runs the API with only variables the server reads, pointing it at the Neo4j service', () => {
    const api = compose.services.api!;
    const environment = api.environment ?? {};
    for (const name of Object.keys(environment)) expect(CONFIG_VARIABLES, name).toContain(name);
    expect(environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.ports).toContain(`${environment.PORT}:${environment.PORT}`);

    const withoutSubstitutions = Object.fromEntries(
      Object.entries(environment).map(([name, value]) => [name, value.includes('${') ? 'x'.repeat(16) : value]),
    );
    const config = loadConfig(withoutSubstitutions);
    expect(config.port).toBe(Number(environment.PORT));
    expect(config.neo4jUri).toBe('bolt://neo4j:7687');
  });

  it('keeps secrets out of the file', () => {
    const text = readFileSync(projectPath('docker-compose.yml'), 'utf8');
    expect(text).toMatch(/NEO4J_PASSWORD:\?/);
    expect(text).not.toMatch(/NEO4J_AUTH:\s*neo4j\/[^$]/);
  });
});
