import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/service/server.js';
import { testDatabase } from '../support/server.js';

/** At debug level on the real Neo4j: the Cypher a request sends is logged with the request's id. */
const lines: { msg: string; requestId?: string; cypher?: string; mode?: string }[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n')) if (line !== '') lines.push(JSON.parse(line) as (typeof lines)[number]);
    done();
  },
});
const db = testDatabase();
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...loadConfig({}), port: 0 }, db, createLogger('debug', sink));
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('the logs of one request', () => {
  it('carry its id on the Cypher it sent as well as on the access line', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'synthetic-request-cypher-01' },
      body: JSON.stringify({ query: '{ treaty(id: "treaty:un-cybercrime-convention") { title } }' }),
    });
    const body = (await response.json()) as { extensions: { cypherRoundTrips: number } };
    expect(response.headers.get('x-request-id')).toBe('synthetic-request-cypher-01');
    for (let tries = 0; tries < 50 && !lines.some((line) => line.msg.startsWith('POST /graphql')); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const mine = lines.filter((line) => line.requestId === 'synthetic-request-cypher-01');
    const cypher = mine.filter((line) => line.msg === 'cypher');
    expect(cypher).toHaveLength(body.extensions.cypherRoundTrips);
    expect(cypher[0]).toMatchObject({ mode: 'READ', cypher: expect.stringContaining('MATCH') });
    expect(mine.some((line) => line.msg.startsWith('POST /graphql 200'))).toBe(true);
    expect(lines.filter((line) => line.msg === 'cypher' && line.requestId === undefined)).toEqual([]);
  });
});
