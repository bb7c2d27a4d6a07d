import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded Neo4j on port 4000 with no write tokens', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, neo4jUri: undefined, dataDir: '/srv/app/data', logLevel: 'info', writeTokens: [] });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TREATY_GRAPH_TOKENS: 'short' }, 'TREATY_GRAPH_TOKENS'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j://cluster.example:7687',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'treaties',
      TREATY_GRAPH_DATA_DIR: '/var/lib/treaty-graph',
      LOG_LEVEL: 'debug',
      TREATY_GRAPH_TOKENS: 'aaaaaaaaaaaaaaaa1, bbbbbbbbbbbbbbbb2',
    });
    expect(config).toEqual({
      port: 8080,
      neo4jUri: 'neo4j://cluster.example:7687',
      neo4jUsername: 'reader',
      neo4jPassword: 'secret',
      neo4jDatabase: 'treaties',
      dataDir: '/var/lib/treaty-graph',
      logLevel: 'debug',
      writeTokens: ['aaaaaaaaaaaaaaaa1', 'bbbbbbbbbbbbbbbb2'],
    });
  });
});
