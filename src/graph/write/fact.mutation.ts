import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import type { Context } from '../context.js';
import { AttachSourcesInput, RetractFactInput } from './fact.input.js';
import { attachSources, retractFact } from './write.service.js';

@Authorized()
@Resolver()
export class FactMutation {
  @Mutation(() => Fact, { description: 'Cites more documents for any fact; citing one it already cites changes nothing.' })
  attachSources(
    @Arg('input', () => AttachSourcesInput, { description: 'The fact and the documents.' }) input: AttachSourcesInput,
    @Ctx() ctx: Context,
  ): Promise<Fact> {
    return attachSources(ctx, input.id, input.sources) as Promise<Fact>;
  }

  @Mutation(() => Fact, {
    description:
      'Retracts a fact with a reason: it stays in the graph with who, when and why (`retraction`), and default reads leave it out.',
  })
  retractFact(
    @Arg('input', () => RetractFactInput, { description: 'The fact, the reason and its sources.' }) input: RetractFactInput,
    @Ctx() ctx: Context,
  ): Promise<Fact> {
    return retractFact(ctx, input.id, input.reason, input.sources) as Promise<Fact>;
  }
}
