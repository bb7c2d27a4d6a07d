import { describe, expect, it } from 'vitest';

import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded Neo4j on port 4000 with no write tokens', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, neo4jUri: undefined, dataDir: '/srv/app/data', logLevel: 'info', writeTokens: [] });
  });

  it('defaults to limits a public API can afford, introspection on and same-origin only', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      maxDepth: 8,
      maxAliases: 15,
      maxDirectives: 20,
      maxCost: 10_000,
      maxTokens: 1000,
      maxDocumentChars: 15_000,
      maxBodyBytes: 102_400,
    });
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config).toMatchObject({ transactionTimeoutSeconds: 30, corsOrigins: [], introspection: true, shutdownGraceSeconds: 10 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TREATY_GRAPH_TOKENS: 'short' }, 'TREATY_GRAPH_TOKENS'],
    [{ TREATY_GRAPH_MAX_DEPTH: '0' }, 'TREATY_GRAPH_MAX_DEPTH'],
    [{ TREATY_GRAPH_MAX_DEPTH: 'deep' }, 'TREATY_GRAPH_MAX_DEPTH'],
    [{ TREATY_GRAPH_MAX_ALIASES: '-1' }, 'TREATY_GRAPH_MAX_ALIASES'],
    [{ TREATY_GRAPH_MAX_DIRECTIVES: '1.5' }, 'TREATY_GRAPH_MAX_DIRECTIVES'],
    [{ TREATY_GRAPH_MAX_COST: '0' }, 'TREATY_GRAPH_MAX_COST'],
    [{ TREATY_GRAPH_MAX_TOKENS: '1e3' }, 'TREATY_GRAPH_MAX_TOKENS'],
    [{ TREATY_GRAPH_MAX_DOCUMENT_CHARS: '10' }, 'TREATY_GRAPH_MAX_DOCUMENT_CHARS'],
    [{ TREATY_GRAPH_MAX_BODY_BYTES: '1kb' }, 'TREATY_GRAPH_MAX_BODY_BYTES'],
    [{ TREATY_GRAPH_TX_TIMEOUT_SECONDS: '0' }, 'TREATY_GRAPH_TX_TIMEOUT_SECONDS'],
    [{ TREATY_GRAPH_CORS_ORIGINS: 'example.org' }, 'TREATY_GRAPH_CORS_ORIGINS'],
    [{ TREATY_GRAPH_CORS_ORIGINS: 'https://example.org/path' }, 'TREATY_GRAPH_CORS_ORIGINS'],
    [{ TREATY_GRAPH_INTROSPECTION: 'maybe' }, 'TREATY_GRAPH_INTROSPECTION'],
    [{ TREATY_GRAPH_SHUTDOWN_GRACE_SECONDS: 'soon' }, 'TREATY_GRAPH_SHUTDOWN_GRACE_SECONDS'],
    [{ TREATY_GRAPH_METRICS: 'on' }, 'TREATY_GRAPH_METRICS'],
    [{ TREATY_GRAPH_METRICS_PATH: 'metrics' }, 'TREATY_GRAPH_METRICS_PATH'],
    [{ TREATY_GRAPH_METRICS_PATH: '/graphql' }, 'TREATY_GRAPH_METRICS_PATH'],
    [{ TREATY_GRAPH_METRICS_PATH: '/assets/metrics' }, 'TREATY_GRAPH_METRICS_PATH'],
    [{ TREATY_GRAPH_METRICS_PATH: '/metrics?x' }, 'TREATY_GRAPH_METRICS_PATH'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'localhost:4318' }, 'OTEL_EXPORTER_OTLP_ENDPOINT'],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector' }, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'],
    [{ TREATY_GRAPH_BUDGET: 'lots' }, 'TREATY_GRAPH_BUDGET'],
    [{ TREATY_GRAPH_WRITER_BUDGET: '-5' }, 'TREATY_GRAPH_WRITER_BUDGET'],
    [{ TREATY_GRAPH_BUDGET_WINDOW_SECONDS: '0' }, 'TREATY_GRAPH_BUDGET_WINDOW_SECONDS'],
    [{ TREATY_GRAPH_TRUST_PROXY: 'yes' }, 'TREATY_GRAPH_TRUST_PROXY'],
    [{ TREATY_GRAPH_TRUST_PROXY: '10.0.0.0/33' }, 'TREATY_GRAPH_TRUST_PROXY'],
    [{ TREATY_GRAPH_TRUST_PROXY: '99' }, 'TREATY_GRAPH_TRUST_PROXY'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });

  it('gives each client a budget by IP, writers a larger one, and believes no proxy unless told', () => {
    const config = loadConfig({});
    expect(config.budget).toEqual({ cost: 1_000_000, writerCost: 5_000_000, windowSeconds: 60 });
    expect(config.trustProxy).toBe(false);
    expect(loadConfig({ TREATY_GRAPH_BUDGET: '0' }).budget).toEqual({ cost: 0, writerCost: 0, windowSeconds: 60 });
    expect(loadConfig({ TREATY_GRAPH_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TREATY_GRAPH_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TREATY_GRAPH_TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '2001:db8::1',
    ]);
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
      TREATY_GRAPH_MAX_DEPTH: '10',
      TREATY_GRAPH_MAX_ALIASES: '5',
      TREATY_GRAPH_MAX_DIRECTIVES: '3',
      TREATY_GRAPH_MAX_COST: '2000',
      TREATY_GRAPH_MAX_TOKENS: '500',
      TREATY_GRAPH_MAX_DOCUMENT_CHARS: '4000',
      TREATY_GRAPH_MAX_BODY_BYTES: '8192',
      TREATY_GRAPH_TX_TIMEOUT_SECONDS: '5',
      TREATY_GRAPH_CORS_ORIGINS: 'https://explorer.example.org, http://localhost:5173',
      TREATY_GRAPH_INTROSPECTION: 'false',
      TREATY_GRAPH_SHUTDOWN_GRACE_SECONDS: '3',
      TREATY_GRAPH_METRICS: 'true',
      TREATY_GRAPH_METRICS_PATH: '/internal/metrics',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector.example:4318',
      TREATY_GRAPH_BUDGET: '50000',
      TREATY_GRAPH_WRITER_BUDGET: '90000',
      TREATY_GRAPH_BUDGET_WINDOW_SECONDS: '10',
      TREATY_GRAPH_TRUST_PROXY: '1',
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
      limits: {
        maxDepth: 10,
        maxAliases: 5,
        maxDirectives: 3,
        maxCost: 2000,
        maxTokens: 500,
        maxDocumentChars: 4000,
        maxBodyBytes: 8192,
      },
      transactionTimeoutSeconds: 5,
      corsOrigins: ['https://explorer.example.org', 'http://localhost:5173'],
      introspection: false,
      shutdownGraceSeconds: 3,
      metrics: { enabled: true, path: '/internal/metrics' },
      otlpEndpoint: 'http://collector.example:4318',
      budget: { cost: 50_000, writerCost: 90_000, windowSeconds: 10 },
      trustProxy: 1,
    });
  });

  it('serves metrics at /metrics and traces nothing by default', () => {
    expect(loadConfig({})).toMatchObject({ metrics: { enabled: true, path: '/metrics' }, otlpEndpoint: undefined });
    expect(loadConfig({ TREATY_GRAPH_METRICS: 'false' }).metrics.enabled).toBe(false);
  });

  it('traces when an OTLP endpoint is set, unless the SDK is switched off', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otlp.example/v1/traces' }).otlpEndpoint).toBe(
      'https://otlp.example/v1/traces',
    );
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318', OTEL_SDK_DISABLED: 'true' }).otlpEndpoint).toBeUndefined();
  });

  it('takes * as any origin', () => {
    expect(loadConfig({ TREATY_GRAPH_CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });
});
