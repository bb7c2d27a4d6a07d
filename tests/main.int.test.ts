import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a user runs it (the built dist/main.js, no NEO4J_URI): its own embedded Neo4j in a
 * data folder, seeded on the first start, reused on the next, and stopped with the server.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-start-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
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

/** Is a JVM running on this store? Its command line names the store folder. */
function jvmRunningOn(storeDir: string): boolean {
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return ps.stdout.split('\n').some((line) => line.includes('org.treatygraph.embedded.Main') && line.includes(storeDir));
}

async function countEntities(url: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ documents(first: 1) { totalCount } states: organizations(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { documents: { totalCount: number }; states: { totalCount: number } } };
  return body.data.documents.totalCount + body.data.states.totalCount;
}

function runToExit(env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('npm start', () => {
  it('seeds on the first start, stops the JVM on SIGTERM, and reuses the store without re-seeding', async () => {
    const env = { PORT: '0', TREATY_GRAPH_DATA_DIR: dataDir };
    const first = await start(env);
    expect(first.output()).toContain('Empty graph: loading the seed data');
    const counted = await countEntities(first.url);
    expect(counted).toBeGreaterThan(100);
    expect(jvmRunningOn(dataDir)).toBe(true);
    expect(await stop(first.child)).toBe(0);
    expect(jvmRunningOn(dataDir)).toBe(false);

    const second = await start(env);
    expect(second.output()).not.toContain('Empty graph');
    expect(await countEntities(second.url)).toBe(counted);
    expect(await stop(second.child)).toBe(0);
    expect(jvmRunningOn(dataDir)).toBe(false);
  }, 600_000);

  it('stops with a one-line error naming a bad PORT', () => {
    const { status, stderr } = runToExit({ PORT: 'abc' });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['treaty-graph: PORT: expected a TCP port number from 0 to 65535, got "abc"']);
  });

  it('serves with one line naming an unreachable NEO4J_URI: healthy, not ready, SERVICE_UNAVAILABLE', async () => {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const serving = /serving (\S+), not ready/.exec(stderr);
        if (serving) resolve(serving[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${stderr}`)));
    });
    const base = url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ treaties { id } }' }),
    });
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );

    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^treaty-graph: NEO4J_URI: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: .+; serving http:\/\/localhost:\d+\/graphql, not ready, retrying$/,
    );
    expect(await stop(child)).toBe(0);
  });

  it('stops with a one-line error naming a malformed NEO4J_URI', () => {
    const { status, stderr } = runToExit({ NEO4J_URI: 'http://127.0.0.1:7474' });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'treaty-graph: NEO4J_URI: scheme must be one of bolt: bolt+s: bolt+ssc: neo4j: neo4j+s: neo4j+ssc: got "http:"',
    ]);
  });
});
