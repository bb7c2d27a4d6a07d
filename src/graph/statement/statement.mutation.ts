import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { StatementRecord } from '../../ingest/records.js';
import { labelOfId } from '../../model/labels.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { shortHash, slugOfId } from '../../model/ids.js';
import { factRecordFields, writeFact, type Reference } from '../write/write.service.js';
import { AddStatementInput } from './statement.input.js';
import { Statement } from './statement.type.js';

/** Same speaker, day and words: the same id, so adding a statement twice changes nothing. */
const statementId = (input: AddStatementInput): string =>
  `statement:${slugOfId(input.speaker)}-${input.saidOn ?? 'undated'}-${shortHash(input.text)}`;

function aboutReferences(about: readonly string[]): Reference[] {
  return about.map((id, index) => {
    const label = labelOfId(id);
    if (label === undefined) throw new BadInputError(`input.about.${index}`, `"${id}" is not an id of this graph`);
    return { field: `input.about.${index}`, id, label };
  });
}

@Authorized()
@Resolver()
export class StatementMutation {
  @Mutation(() => Statement, { description: 'Adds a statement (a quote) with its sources; repeating the same input changes nothing.' })
  addStatement(
    @Arg('input', () => AddStatementInput, { description: 'The statement and its sources.' }) input: AddStatementInput,
    @Ctx() ctx: Context,
  ): Promise<Statement> {
    const id = input.id ?? statementId(input);
    const about = [...new Set(input.about ?? [])];
    return writeFact(ctx, {
      id,
      label: 'Statement',
      mode: 'create',
      sources: input.sources,
      references: [
        { field: 'input.speaker', id: input.speaker, label: 'Person' },
        { field: 'input.at', id: input.at, label: 'Event' },
        ...aboutReferences(about),
      ],
      build: (existing, sourceIds) => ({
        statements: [
          {
            ...factRecordFields(id, input, existing, sourceIds),
            speaker: input.speaker,
            text: input.text,
            language: input.language ?? 'en',
            saidOn: input.saidOn ?? null,
            context: input.context ?? null,
            roleAtTime: input.roleAtTime ?? null,
            about,
            at: input.at ?? null,
          } as StatementRecord,
        ],
      }),
    }) as Promise<Statement>;
  }
}
