import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import type { Context } from '../context.js';
import { AssumedInstrumentInput } from './treaty-status.input.js';
import { computeTreatyStatus, toTreatyStatus } from './treaty-status.service.js';
import { TreatyStatus } from './treaty-status.type.js';
import { Treaty } from './treaty.type.js';

@Resolver(() => Treaty)
export class TreatyStatusResolver {
  @FieldResolver(() => TreatyStatus, {
    description:
      'Where the treaty stands on a day: signatories, parties, instruments counted and still needed under its entry-into-force rule, and whether and since when it is in force. With `assume`, a what-if: the projection as if those instruments were deposited (nothing is written).',
  })
  async status(
    @Root() treaty: Treaty,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to compute the status for; today (UTC) by default.' })
    asOf: string | null,
    @Arg('assume', () => [AssumedInstrumentInput], {
      nullable: true,
      description:
        'Instruments to assume deposited on the given days, on top of the recorded ones up to asOf; assumed ones count at any date, so the projected entry-into-force date may lie after asOf. Nothing is written.',
    })
    assume: AssumedInstrumentInput[] | null,
    @Ctx() ctx: Context,
  ): Promise<TreatyStatus> {
    return toTreatyStatus(treaty, await computeTreatyStatus(ctx, treaty, asOf, assume ?? []));
  }
}
