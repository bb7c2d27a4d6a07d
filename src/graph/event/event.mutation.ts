import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { EventRecord } from '../../ingest/records.js';
import { parsePartialDate } from '../../model/partial-date.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { idFrom } from '../../model/ids.js';
import { factRecordFields, patched, writeFact } from '../write/write.service.js';
import { CreateEventInput, UpdateEventInput } from './event.input.js';
import { Event } from './event.type.js';

const FIELDS = ['kind', 'name', 'start', 'end', 'place', 'description'] as const;

/** An event cannot end before it begins (every day its end can mean is before its start). */
function checkSpan(start: unknown, end: unknown): void {
  const from = typeof start === 'string' ? parsePartialDate(start) : undefined;
  const until = typeof end === 'string' ? parsePartialDate(end) : undefined;
  if (from && until && until.last < from.first) throw new BadInputError('input.end', `must not be before start (${from.value})`);
}

@Authorized()
@Resolver()
export class EventMutation {
  @Mutation(() => Event, { description: 'Adds an event; repeating the same input changes nothing.' })
  createEvent(
    @Arg('input', () => CreateEventInput, { description: 'The event and its sources.' }) input: CreateEventInput,
    @Ctx() ctx: Context,
  ): Promise<Event> {
    checkSpan(input.start, input.end);
    const id = input.id ?? idFrom('event', input.name);
    return writeFact(ctx, {
      id,
      label: 'Event',
      mode: 'create',
      sources: input.sources,
      references: [
        { field: 'input.partOf', id: input.partOf, label: 'Process' },
        { field: 'input.body', id: input.body, label: 'Organization' },
      ],
      build: (existing, sourceIds) => ({
        events: [
          {
            ...factRecordFields(id, input, existing, sourceIds),
            ...patched(null, input, FIELDS),
            partOf: input.partOf ?? null,
            body: input.body ?? null,
          } as EventRecord,
        ],
      }),
    }) as Promise<Event>;
  }

  @Mutation(() => Event, { description: 'Changes an event; fields left out keep their values.' })
  updateEvent(
    @Arg('input', () => UpdateEventInput, { description: 'The changes and their sources.' }) input: UpdateEventInput,
    @Ctx() ctx: Context,
  ): Promise<Event> {
    return writeFact(ctx, {
      id: input.id,
      label: 'Event',
      mode: 'update',
      sources: input.sources,
      references: [],
      build: (existing, sourceIds) => {
        const fields = patched(existing, input, FIELDS);
        checkSpan(fields.start, fields.end);
        // Links (partOf, body) are not fields of the node: the plan leaves them as they are.
        return {
          events: [{ ...factRecordFields(input.id, input, existing, sourceIds), ...fields, partOf: null, body: null } as EventRecord],
        };
      },
    }) as Promise<Event>;
  }
}
