import { describe, expect, it } from 'vitest';

import { validateRecords } from '../../src/ingest/read.js';

const relation = (extra: Record<string, unknown>): Record<string, unknown> => ({
  from: 'person:synthetic-chair',
  type: 'CHAIRED',
  to: 'org:synthetic-committee',
  sources: ['doc:synthetic-source'],
  ...extra,
});

const vote = (extra: Record<string, unknown>): Record<string, unknown> => ({
  id: 'vote:synthetic',
  at: 'event:synthetic-meeting',
  on: [],
  subject: 'A synthetic draft',
  decision: 'ADOPTED',
  withoutVote: false,
  inFavour: 10,
  against: 2,
  abstentions: 1,
  date: '2024-12-24',
  wording: null,
  sources: ['doc:synthetic-source'],
  ...extra,
});

const fields = (problems: { field: string }[]): string[] => problems.map((p) => p.field);

describe('relation records with a role', () => {
  it('takes a role its type allows, with a term and the State elected for', () => {
    const { problems } = validateRecords('relations', [relation({ role: 'VICE_CHAIR', startedOn: '2021-05-10', onBehalfOf: 'state:EST' })]);
    expect(problems).toEqual([]);
  });

  it('refuses a role the type does not take, a missing role, and a role on a type without roles', () => {
    const { problems } = validateRecords('relations', [
      relation({ role: 'PRESS_CONTACT' }),
      relation({}),
      relation({ type: 'MEMBER_OF', to: 'reio:eu', role: 'CHAIR' }),
    ]);
    expect(problems.map((p) => [p.record, p.field])).toEqual([
      [1, 'role'],
      [2, 'role'],
      [3, 'role'],
    ]);
  });

  it('refuses a membership end that is no date', () => {
    const { problems } = validateRecords('relations', [relation({ type: 'MEMBER_OF', to: 'reio:eu', endedOn: '31 January 2020' })]);
    expect(fields(problems)).toEqual(['endedOn']);
  });
});

describe('vote records', () => {
  it('a counted vote has counts; a decision without a vote has none', () => {
    const { problems } = validateRecords('votes', [
      vote({}),
      vote({ id: 'vote:synthetic-2', withoutVote: true, inFavour: null, against: null, abstentions: null }),
    ]);
    expect(problems).toEqual([]);
  });

  it('refuses counts on a decision without a vote, and a counted vote with no counts', () => {
    const { problems } = validateRecords('votes', [
      vote({ withoutVote: true }),
      vote({ id: 'vote:synthetic-2', inFavour: null, against: null, abstentions: null }),
    ]);
    expect(problems.map((p) => [p.record, p.field])).toEqual([
      [1, 'withoutVote'],
      [2, 'withoutVote'],
    ]);
  });
});
