import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  AddStatementDocument,
  AttachSourcesDocument,
  CreateEventDocument,
  CreateOrganizationDocument,
  CreatePersonDocument,
  CreateStateDocument,
  FactRetractionDocument,
  PersonStatementsDocument,
  RetractFactDocument,
  StatementsAboutDocument,
  UpdatePersonDocument,
} from '../../generated/operations.js';
import { tokenFingerprint } from '../../../src/http/auth.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../../support/synthetic.js';

const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
let api: TestServer;
let treatyId: string;
let docId: string;
const personId = `person:${tag}-speaker`;
const statementId = `statement:${tag}-quote`;

beforeAll(async () => {
  api = await startTestServer();
  ({ treatyId, docId } = await createSyntheticTreaty(api.db, tag));
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

describe('people, statements and retraction', () => {
  it('creates a person with a nationality, then updates them, keeping old sources and adding new ones', async () => {
    const created = await api.exec(
      CreatePersonDocument,
      { input: { id: personId, name: `Synthetic Speaker ${tag}`, nationality: 'ISL', sources: [{ id: docId }] } },
      auth,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPerson).toMatchObject({ id: personId, aliases: [], nationality: { id: 'state:ISL' } });

    const updated = await api.exec(
      UpdatePersonDocument,
      {
        input: {
          id: personId,
          description: 'Synthetic description',
          nationality: 'NOR',
          sources: [{ document: { id: `doc:${tag}-bio`, kind: 'WEB_PAGE', title: 'Synthetic biography' } }],
        },
      },
      auth,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updatePerson).toMatchObject({
      name: `Synthetic Speaker ${tag}`,
      description: 'Synthetic description',
      nationality: { id: 'state:NOR' },
    });
    expect(updated.data?.updatePerson.sources.map((s) => s.id).sort()).toEqual([docId, `doc:${tag}-bio`].sort());

    const cleared = await api.exec(UpdatePersonDocument, { input: { id: personId, name: null, sources: [{ id: docId }] } }, auth);
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });

    const missing = await api.exec(UpdatePersonDocument, { input: { id: `person:${tag}-nobody`, sources: [{ id: docId }] } }, auth);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('creates organizations, events and States with generated ids, validating their fields', async () => {
    const org = await api.exec(
      CreateOrganizationDocument,
      { input: { id: `org:${tag}`, name: 'Synthetic Org', kind: 'NGO', sources: [{ id: docId }] } },
      auth,
    );
    expect(org.errors).toBeUndefined();
    const event = await api.exec(
      CreateEventDocument,
      {
        input: {
          id: `event:${tag}`,
          name: 'Synthetic meeting',
          kind: 'MEETING',
          start: '2025-10',
          end: '2025-09',
          sources: [{ id: docId }],
        },
      },
      auth,
    );
    expect(event.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.end' });
    const state = await api.exec(
      CreateStateDocument,
      { input: { id: `reio:${tag}`, kind: 'REIO', name: 'Synthetic union', sources: [{ id: docId }] } },
      auth,
    );
    expect(state.data?.createState).toEqual({ id: `reio:${tag}`, name: 'Synthetic union', iso3: null, kind: 'REIO' });
    const stateWithoutCode = await api.exec(
      CreateStateDocument,
      { input: { kind: 'MEMBER_STATE', name: 'Synthetic', sources: [{ id: docId }] } },
      auth,
    );
    expect(stateWithoutCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.iso3' });
  });

  it('adds a statement, attaches a source, retracts it: default reads leave it out, its history stays', async () => {
    const added = await api.exec(
      AddStatementDocument,
      {
        input: {
          id: statementId,
          speaker: personId,
          text: 'A synthetic quote for tests.',
          saidOn: '2025-10',
          about: [treatyId],
          sources: [{ id: docId }],
        },
      },
      auth,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addStatement).toMatchObject({
      id: statementId,
      saidOn: { value: '2025-10', precision: 'MONTH' },
      speaker: { id: personId },
    });

    const attached = await api.exec(
      AttachSourcesDocument,
      { input: { id: statementId, sources: [{ document: { id: `doc:${tag}-video`, kind: 'WEB_PAGE', title: 'Synthetic video' } }] } },
      auth,
    );
    expect(attached.errors).toBeUndefined();
    const listed = await api.exec(StatementsAboutDocument, { about: treatyId });
    expect(listed.data?.statements.nodes.map((s) => s.id)).toEqual([statementId]);

    const retracted = await api.exec(
      RetractFactDocument,
      { input: { id: statementId, reason: 'Synthetic: misattributed quote', sources: [{ id: `doc:${tag}-video` }] } },
      auth,
    );
    expect(retracted.errors).toBeUndefined();
    expect(retracted.data?.retractFact).toMatchObject({
      id: statementId,
      retracted: true,
      retraction: { by: tokenFingerprint(WRITE_TOKEN), reason: 'Synthetic: misattributed quote', sources: [{ id: `doc:${tag}-video` }] },
    });

    expect((await api.exec(StatementsAboutDocument, { about: treatyId })).data?.statements).toEqual({ totalCount: 0, nodes: [] });
    expect((await api.exec(PersonStatementsDocument, { id: personId })).data?.person.statements).toEqual([]);

    const history = await api.exec(StatementsAboutDocument, { about: treatyId, includeRetracted: true });
    expect(history.data?.statements.nodes).toEqual([
      { id: statementId, retracted: true, retraction: { reason: 'Synthetic: misattributed quote', by: tokenFingerprint(WRITE_TOKEN) } },
    ]);
    const node = await api.exec(FactRetractionDocument, { id: statementId });
    expect(node.data?.node).toMatchObject({ id: statementId, retracted: true });
    expect(Date.parse((node.data?.node as { retraction: { at: string } }).retraction.at)).not.toBeNaN();

    const again = await api.exec(RetractFactDocument, { input: { id: statementId, reason: 'again', sources: [{ id: docId }] } }, auth);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
  });

  it('rejects a statement by someone who is not in the graph, naming the field', async () => {
    const { errors } = await api.exec(
      AddStatementDocument,
      { input: { id: `statement:${tag}-nobody`, speaker: `person:${tag}-nobody`, text: 'Synthetic', sources: [{ id: docId }] } },
      auth,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.speaker' });
  });
});
