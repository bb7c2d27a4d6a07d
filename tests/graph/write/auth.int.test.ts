import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSchema } from '../../../src/graph/schema.js';
import { tokenFingerprint } from '../../../src/http/auth.js';
import { CreateDocumentDocument } from '../../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { deleteSynthetic, syntheticTag } from '../../support/synthetic.js';

const tag = syntheticTag();
const input = { id: `doc:${tag}-auth`, kind: 'OTHER' as const, title: `Synthetic document ${tag}` };
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

async function docExists(): Promise<boolean> {
  const rows = await api.db.read('MATCH (d:Document {id: $id}) RETURN d.id', { id: input.id });
  return rows.length > 0;
}

/** Entities of the seeded graph: everything but the synthetic data tests write (releases are no entities). */
async function realNodeCount(): Promise<number> {
  const [row] = await api.db.read<{ nodes: { toNumber(): number } }>(
    "MATCH (n:Entity) WHERE NOT n.id CONTAINS 'synthetic' RETURN count(n) AS nodes",
  );
  return row!.nodes.toNumber();
}

describe('writes need a bearer token', () => {
  it('rejects a write without a token as UNAUTHENTICATED and writes nothing', async () => {
    const before = await realNodeCount();
    const { data, errors } = await api.exec(CreateDocumentDocument, { input });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await docExists()).toBe(false);
    // Other test files write and delete synthetic data in parallel; the seeded graph must be untouched.
    expect(await realNodeCount()).toBe(before);
  });

  it('rejects a wrong token, and a malformed header, the same way', async () => {
    for (const authorization of ['Bearer not-the-token-0123456789', `Basic ${WRITE_TOKEN}`, WRITE_TOKEN]) {
      const { errors } = await api.exec(CreateDocumentDocument, { input }, { authorization });
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await docExists()).toBe(false);
  });

  it('checks the token before the input: an anonymous caller learns nothing about validation', async () => {
    const { errors } = await api.exec(CreateDocumentDocument, { input: { ...input, url: 'not a url' } });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the right token, and records its fingerprint, never the token', async () => {
    const { data, errors } = await api.exec(CreateDocumentDocument, { input }, { authorization: `Bearer ${WRITE_TOKEN}` });
    expect(errors).toBeUndefined();
    expect(data?.createDocument.id).toBe(input.id);
    const [row] = await api.db.read<{ by: string }>('MATCH (d:Document {id: $id}) RETURN d.writtenBy AS by', { id: input.id });
    expect(row?.by).toBe(tokenFingerprint(WRITE_TOKEN));
    expect(row?.by).not.toContain(WRITE_TOKEN);
  });

  it('guards every mutation of the schema', async () => {
    const schema = await createSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(12);
    // Building the schema resolves class- and method-level @Authorized() into each mutation's roles.
    const storage = getMetadataStorage();
    for (const name of mutations) {
      const resolver = storage.mutations.find((m) => m.schemaName === name);
      expect(resolver?.roles, `${name} must be @Authorized()`).toBeDefined();
    }
  });
});
