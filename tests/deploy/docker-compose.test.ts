import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { loadConfig } from '../../src/config.js';
import { projectPath } from '../../src/paths.js';
import { InterpolationError, interpolate, readDockerfile, runHealthcheck, serviceEnvironment, type ComposeService } from './compose.js';

/** Docker does not run on every machine; the file is checked as Compose and the Docker engine read it. */
const composeText = readFileSync(projectPath('docker-compose.yml'), 'utf8');
const compose = parse(composeText) as { services: Record<string, ComposeService> };
const dockerfile = readDockerfile(readFileSync(projectPath('Dockerfile'), 'utf8'));

/** The host's side: a password with a space and a slash, as users pick them (synthetic, never a real one). */
const PASSWORD = 'synthetic pass/word 42';
const HOST_ENV = { NEO4J_PASSWORD: PASSWORD };

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
  'TREATY_GRAPH_METRICS',
  'TREATY_GRAPH_METRICS_PATH',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
];

const scratch = mkdtempSync(path.join(tmpdir(), 'treaty-graph-compose-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A stand-in for the image's cypher-shell: records its arguments, and (like Neo4j) refuses unless
 * the user and password are those NEO4J_AUTH set. The real one also reads NEO4J_USERNAME and
 * NEO4J_PASSWORD from its environment when no flag is given, so this one does too.
 */
function standInCypherShell(user: string, password: string): { bin: string; record: string } {
  const bin = mkdtempSync(path.join(scratch, 'bin-'));
  const record = path.join(bin, 'arguments');
  const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;
  writeFileSync(
    path.join(bin, 'cypher-shell'),
    `#!/bin/sh
for argument in "$@"; do printf '%s\\n' "$argument"; done > ${quote(record)}
user=\${NEO4J_USERNAME:-}; password=\${NEO4J_PASSWORD:-}
while [ $# -gt 0 ]; do
  case "$1" in
    -u|--username) user=$2; shift ;;
    -p|--password) password=$2; shift ;;
  esac
  shift
done
if [ "$user" = ${quote(user)} ] && [ "$password" = ${quote(password)} ]; then echo '1'; exit 0; fi
echo 'The client is unauthorized due to authentication failure.' >&2
exit 1
`,
  );
  chmodSync(path.join(bin, 'cypher-shell'), 0o755);
  return { bin, record };
}

/** Where /bin/sh and node are; the container's own PATH has its tools, the stand-ins come first. */
const SYSTEM_PATH = [path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 with Bolt published on the loopback interface only', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toMatch(/^neo4j:5\.26/);
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
  });

  it('publishes every port on 127.0.0.1 only', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const port of service.ports ?? []) expect(String(port), name).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    }
  });

  it('refuses to start without NEO4J_PASSWORD', () => {
    expect(() => serviceEnvironment(compose.services.neo4j!, {})).toThrow(InterpolationError);
    expect(() => serviceEnvironment(compose.services.api!, {})).toThrow(/NEO4J_PASSWORD/);
  });

  it('runs the API with only variables the server reads, pointing it at the Neo4j service', () => {
    const api = compose.services.api!;
    const environment = serviceEnvironment(api, HOST_ENV);
    for (const name of Object.keys(environment)) expect(CONFIG_VARIABLES, name).toContain(name);
    expect(environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(environment.NEO4J_PASSWORD).toBe(PASSWORD);
    expect(api.ports).toContain(`127.0.0.1:${environment.PORT}:${environment.PORT}`);
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });

    const config = loadConfig(environment);
    expect(config.port).toBe(Number(environment.PORT));
    expect(config.neo4jUri).toBe('bolt://neo4j:7687');
    expect(config.neo4jPassword).toBe(PASSWORD);
  });

  it('keeps secrets out of the file', () => {
    expect(composeText).toMatch(/NEO4J_PASSWORD:\?/);
    expect(composeText).not.toMatch(/NEO4J_AUTH:\s*neo4j\/[^$]/);
  });

  it("gives Neo4j a healthcheck with a start period, so the API's service_healthy wait ends", () => {
    const healthcheck = compose.services.neo4j!.healthcheck;
    expect(healthcheck?.test).toBeDefined();
    expect(healthcheck?.start_period).toMatch(/^\d+[sm]$/);
  });

  it("authenticates Neo4j's healthcheck with the credentials the container has", async () => {
    const neo4j = compose.services.neo4j!;
    const environment = serviceEnvironment(neo4j, HOST_ENV);
    // What the image does with NEO4J_AUTH: the user before the first slash, the password after it.
    const auth = environment.NEO4J_AUTH!;
    const [user, password] = [auth.slice(0, auth.indexOf('/')), auth.slice(auth.indexOf('/') + 1)];
    expect(password).toBe(PASSWORD);

    const test = neo4j.healthcheck!.test!;
    const interpolated = typeof test === 'string' ? interpolate(test, HOST_ENV) : test.map((part) => interpolate(part, HOST_ENV));
    const shell = standInCypherShell(user, password);
    const run = await runHealthcheck(interpolated, { ...environment, PATH: `${shell.bin}:${SYSTEM_PATH}` });

    expect(existsSync(shell.record), 'the healthcheck runs cypher-shell').toBe(true);
    const args = readFileSync(shell.record, 'utf8').split('\n');
    expect(args).toContain('RETURN 1');
    expect(run.output).not.toMatch(/unauthorized/);
    expect(run.exitCode).toBe(0);
  });

  it('fails the Neo4j healthcheck when the password is wrong (the stand-in checks)', async () => {
    const neo4j = compose.services.neo4j!;
    const environment = serviceEnvironment(neo4j, HOST_ENV);
    const test = neo4j.healthcheck!.test!;
    const interpolated = typeof test === 'string' ? interpolate(test, HOST_ENV) : test.map((part) => interpolate(part, HOST_ENV));
    const shell = standInCypherShell('neo4j', 'synthetic-other-password');
    const run = await runHealthcheck(interpolated, { ...environment, PATH: `${shell.bin}:${SYSTEM_PATH}` });
    expect(run.exitCode).not.toBe(0);
  });

  it("answers the API image's HEALTHCHECK from /healthz on the port the server listens on", async () => {
    const api = compose.services.api!;
    expect(api.build).toBe('.');
    expect(dockerfile.healthcheck, 'the Dockerfile has a HEALTHCHECK').toBeDefined();

    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      // The one change to the container's environment: PORT, to a free port instead of 4000, which
      // this machine may use already. The check must follow PORT, not assume 4000.
      const { port } = server.address() as AddressInfo;
      const environment = { ...dockerfile.env, ...serviceEnvironment(api, HOST_ENV), PORT: String(port), PATH: SYSTEM_PATH };
      const check = dockerfile.healthcheck!;
      const run = await runHealthcheck(typeof check === 'string' ? check : ['CMD', ...check], environment);
      expect(asked).toEqual(['/healthz']);
      expect(run.exitCode, run.output).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('runs the image on the current Node LTS', () => {
    const stages = [...readFileSync(projectPath('Dockerfile'), 'utf8').matchAll(/^FROM\s+(\S+)/gm)].map((match) => match[1]);
    expect(stages.length).toBeGreaterThan(0);
    for (const image of stages) expect(image).toMatch(/^node:24[.-]/);
  });
});

describe('compose interpolation (as the Compose specification defines it)', () => {
  it.each([
    ['$${X}', { X: 'a' }, '${X}'],
    ['${X}', { X: 'a' }, 'a'],
    ['$X/y', { X: 'a' }, 'a/y'],
    ['${X:-d}', { X: '' }, 'd'],
    ['${X-d}', { X: '' }, ''],
    ['${X:-d}', {}, 'd'],
    ['${X:+r}', { X: 'a' }, 'r'],
    ['${X:+r}', {}, ''],
    ['"$${NEO4J_AUTH#*/}"', {}, '"${NEO4J_AUTH#*/}"'],
  ])('%s with %j is %s', (value, host, expected) => {
    expect(interpolate(value, host)).toBe(expected);
  });

  it('refuses a required variable that is unset or empty', () => {
    expect(() => interpolate('${X:?set X}', { X: '' })).toThrow(/set X/);
    expect(interpolate('${X?set X}', { X: '' })).toBe('');
  });
});
