import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

/**
 * The built server (dist/main.js) on the test Neo4j, with and without OTEL_EXPORTER_OTLP_ENDPOINT,
 * against a stand-in OTLP/HTTP collector. A resolve hook reports every OpenTelemetry module the
 * process loads, to show that without an endpoint it loads none.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'treaty-graph-tracing-'));
const hooks = path.join(scratch, 'report-otel-modules.mjs');
writeFileSync(
  path.join(scratch, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes('/@opentelemetry/')) process.stderr.write('otel module: ' + resolved.url + '\\n');
  return resolved;
}
`,
);
writeFileSync(
  hooks,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(scratch, 'hooks.mjs')).href)});\n`,
);

let collector: Server;
const exports: Buffer[] = [];
beforeAll(async () => {
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') exports.push(Buffer.concat(chunks));
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => collector.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', pathToFileURL(hooks).href, 'dist/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH!,
      PORT: '0',
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUsername'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const ready = /GraphQL ready at (\S+)/.exec(output);
      if (ready) resolve({ child, url: ready[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const query = (url: string): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query SyntheticTracedOperation { treaty(id: "treaty:un-cybercrime-convention") { title } }' }),
  });

// Two server starts on a shared, busy machine: generous, since a slow start is not what is tested.
describe('OpenTelemetry traces', { timeout: 180_000 }, () => {
  it('are sent to the OTLP endpoint when one is configured', async () => {
    const { port } = collector.address() as AddressInfo;
    const server = await start({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_BSP_SCHEDULE_DELAY: '100' });
    try {
      expect((await query(server.url)).status).toBe(200);
    } finally {
      // Shutting down flushes the spans still batched.
      expect(await stop(server.child)).toBe(0);
    }
    expect(server.output()).toContain(`tracing to http://127.0.0.1:${port}`);
    // The hook sees the SDK when it is loaded, so its silence below means something.
    expect(server.output()).toMatch(/^otel module: .*\/@opentelemetry\/sdk-node\//m);
    const sent = Buffer.concat(exports).toString('latin1');
    expect(sent).toContain('treaty-graph');
    expect(sent).toContain('graphql.parse');
    expect(sent).toContain('SyntheticTracedOperation');
    expect(sent).toContain('/graphql');
  });

  it('are off without an endpoint, and no OpenTelemetry SDK module is even loaded', async () => {
    exports.length = 0;
    const server = await start({});
    try {
      expect((await query(server.url)).status).toBe(200);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
    expect(server.output()).not.toContain('tracing to');
    const loaded = server.output().match(/^otel module: .*$/gm) ?? [];
    expect(loaded).toEqual([]);
    expect(exports).toEqual([]);
  });
});
