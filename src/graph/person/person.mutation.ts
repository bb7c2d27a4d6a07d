import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { PersonRecord } from '../../ingest/records.js';
import type { Context } from '../context.js';
import { idFrom } from '../../model/ids.js';
import { dropNationalityLinksExcept } from '../../ingest/write.cypher.js';
import { factRecordFields, patched, writeFact, type Reference } from '../write/write.service.js';
import { CreatePersonInput, UpdatePersonInput } from './person.input.js';
import { Person } from './person.type.js';

const FIELDS = ['name', 'aliases', 'nationality', 'description'] as const;

const nationalityReference = (iso3: string | null | undefined): Reference[] =>
  iso3 ? [{ field: 'input.nationality', id: `state:${iso3}`, label: 'State' }] : [];

@Authorized()
@Resolver()
export class PersonMutation {
  @Mutation(() => Person, { description: 'Adds a person; repeating the same input changes nothing.' })
  createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The person and the sources.' }) input: CreatePersonInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    const id = input.id ?? idFrom('person', input.name);
    return writeFact(ctx, {
      id,
      label: 'Person',
      mode: 'create',
      sources: input.sources,
      references: nationalityReference(input.nationality),
      build: (existing, sourceIds) => ({
        persons: [
          {
            ...factRecordFields(id, input, existing, sourceIds),
            ...patched(null, input, FIELDS),
            aliases: input.aliases ?? [],
          } as PersonRecord,
        ],
      }),
    }) as Promise<Person>;
  }

  @Mutation(() => Person, { description: 'Changes a person; fields left out keep their values.' })
  updatePerson(
    @Arg('input', () => UpdatePersonInput, { description: 'The changes and their sources.' }) input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return writeFact(ctx, {
      id: input.id,
      label: 'Person',
      mode: 'update',
      sources: input.sources,
      references: nationalityReference(input.nationality),
      build: (existing, sourceIds) => {
        const fields = patched(existing, input, FIELDS);
        return {
          persons: [
            { ...factRecordFields(input.id, input, existing, sourceIds), ...fields, aliases: fields.aliases ?? [] } as PersonRecord,
          ],
        };
      },
      before: async (tx, changes, existing) => {
        if (input.nationality !== undefined) {
          const stored = (existing?.props.nationality as string | null | undefined) ?? null;
          if (stored !== input.nationality)
            await dropNationalityLinksExcept(tx, changes, input.id, input.nationality ? `state:${input.nationality}` : null);
        }
      },
    }) as Promise<Person>;
  }
}
