import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { idFrom } from '../../model/ids.js';
import { factRecordFields, patched, writeFact } from '../write/write.service.js';
import type { ParticipantRecord } from '../../ingest/records.js';
import { CreateStateInput, UpdateStateInput } from './state.input.js';
import { State } from './state.type.js';
import { ParticipantKind } from '../../model/participant.js';

const FIELDS = ['kind', 'iso3', 'name', 'regionalGroup'] as const;

/** A State's id is its ISO code; an organization's is made from its name. */
function stateId(input: CreateStateInput): string {
  if (input.kind === ParticipantKind.REIO) {
    if (input.iso3) throw new BadInputError('input.iso3', 'a regional economic integration organization has no ISO 3166-1 code');
    return input.id ?? idFrom('reio', input.name);
  }
  const id = `state:${input.iso3!}`;
  if (input.id && input.id !== id) throw new BadInputError('input.id', `a State's id is state:ISO3: expected ${id}`);
  return id;
}

@Authorized()
@Resolver()
export class StateMutation {
  @Mutation(() => State, { description: 'Adds a participant (a State or the EU); repeating the same input changes nothing.' })
  createState(
    @Arg('input', () => CreateStateInput, { description: 'The participant and its sources.' }) input: CreateStateInput,
    @Ctx() ctx: Context,
  ): Promise<State> {
    const id = stateId(input);
    return writeFact(ctx, {
      id,
      label: 'State',
      mode: 'create',
      sources: input.sources,
      references: [],
      build: (existing, sourceIds) => ({
        participants: [
          {
            ...factRecordFields(id, input, existing, sourceIds),
            ...patched(null, input, FIELDS),
            iso3: input.iso3 ?? null,
          } as ParticipantRecord,
        ],
      }),
    }) as Promise<State>;
  }

  @Mutation(() => State, { description: 'Changes a participant; fields left out keep their values.' })
  updateState(
    @Arg('input', () => UpdateStateInput, { description: 'The changes and their sources.' }) input: UpdateStateInput,
    @Ctx() ctx: Context,
  ): Promise<State> {
    return writeFact(ctx, {
      id: input.id,
      label: 'State',
      mode: 'update',
      sources: input.sources,
      references: [],
      build: (existing, sourceIds) => ({
        participants: [
          { ...factRecordFields(input.id, input, existing, sourceIds), ...patched(existing, input, FIELDS) } as ParticipantRecord,
        ],
      }),
    }) as Promise<State>;
  }
}
