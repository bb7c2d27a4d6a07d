import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { TreatyActionRecord } from '../../ingest/records.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { actionsOnTreaty, treatyFacts } from '../../ingest/treaty-action.cypher.js';
import { checkTreatyAction, treatyActionId } from '../../model/treaty-action.rules.js';
import { factRecordFields, writeFact } from '../write/write.service.js';
import { RecordTreatyActionInput } from './treaty-action.input.js';
import { TreatyAction } from './treaty-action.type.js';

@Authorized()
@Resolver()
export class TreatyActionMutation {
  @Mutation(() => TreatyAction, {
    description:
      'Records a signature, ratification, accession or other act on a treaty, checked against the treaty (adopted, not before its adoption, not twice); repeating the same input changes nothing.',
  })
  recordTreatyAction(
    @Arg('input', () => RecordTreatyActionInput, { description: 'The act and its sources.' }) input: RecordTreatyActionInput,
    @Ctx() ctx: Context,
  ): Promise<TreatyAction> {
    if (input.participant && input.iso3 && input.participant !== `state:${input.iso3}`) {
      throw new BadInputError('input.iso3', `names another participant than input.participant (${input.participant})`);
    }
    const participant = input.participant ?? `state:${input.iso3!}`;
    const participantField = input.participant ? 'input.participant' : 'input.iso3';
    const date = input.date ?? null;
    const id = input.id ?? treatyActionId(input.treaty, participant, input.kind, date);
    return writeFact(ctx, {
      id,
      label: 'TreatyAction',
      mode: 'create',
      sources: input.sources,
      references: [
        { field: 'input.treaty', id: input.treaty, label: 'Treaty' },
        { field: participantField, id: participant, label: 'State' },
        { field: 'input.signedBy', id: input.signedBy, label: 'Person' },
      ],
      check: async (tx) => {
        const treaty = (await treatyFacts(tx, input.treaty))!;
        const recorded = await actionsOnTreaty(tx, input.treaty, [participant]);
        const [problem] = checkTreatyAction({ id, participant, kind: input.kind, date }, treaty, recorded);
        if (problem !== undefined) throw new BadInputError(`input.${problem.field}`, problem.message);
      },
      build: (existing, sourceIds) => ({
        treatyActions: [
          {
            ...factRecordFields(id, input, existing, sourceIds),
            treaty: input.treaty,
            participant,
            kind: input.kind,
            date,
            place: input.place ?? null,
            notification: input.notification ?? null,
            signedBy: input.signedBy ?? null,
          } as TreatyActionRecord,
        ],
      }),
    }) as Promise<TreatyAction>;
  }
}
