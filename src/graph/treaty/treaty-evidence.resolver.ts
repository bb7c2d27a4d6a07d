import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';

import { PartialDate } from '../common/partial-date.type.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Event } from '../event/event.type.js';
import { State } from '../state/state.type.js';
import { TreatyAction } from '../treaty-action/treaty-action.type.js';
import { DocumentKind } from '../../model/document.js';
import { findReportedActs, findSourceCurrency } from './treaty-evidence.cypher.js';
import { ReportedAct, TreatyStatus } from './treaty-status.type.js';
import { EntryIntoForceRule, SignaturePeriod, Treaty } from './treaty.type.js';

async function documentsOf(ctx: Context, ids: readonly string[]): Promise<Document[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  return found.filter((d): d is Document => d instanceof Document);
}

@Resolver(() => Treaty)
export class TreatyTextResolver {
  @FieldResolver(() => Document, { nullable: true, description: "The document of the treaty's text, which its rule and articles cite." })
  async textDocument(@Root() treaty: Treaty, @Ctx() ctx: Context): Promise<Document | null> {
    if (treaty.textDocumentId === null) return null;
    const found = await ctx.loaders.entity.load(treaty.textDocumentId);
    return found instanceof Document ? found : null;
  }
}

@Resolver(() => EntryIntoForceRule)
export class EntryIntoForceRuleResolver {
  @FieldResolver(() => [Document], { description: "Where the rule is read: the treaty's text and the depositary's quotation of it." })
  sources(@Root() rule: EntryIntoForceRule, @Ctx() ctx: Context): Promise<Document[]> {
    return documentsOf(ctx, rule.sourceIds);
  }
}

@Resolver(() => SignaturePeriod)
export class SignaturePeriodResolver {
  @FieldResolver(() => [Document], { description: 'Where the period is read: the article that opens the treaty for signature.' })
  sources(@Root() period: SignaturePeriod, @Ctx() ctx: Context): Promise<Document[]> {
    return documentsOf(ctx, period.sourceIds);
  }
}

@Resolver(() => TreatyStatus)
export class TreatyStatusEvidenceResolver {
  @FieldResolver(() => [ReportedAct], {
    description:
      'Acts towards consent that governments or the press report (a parliament approved, a law was signed) and no depositary record confirms, on or before asOf or undated: domestic acts, and recorded instruments that cite no depositary source. Reported, not deposited: never counted in instrumentsCounted or the entry-into-force date.',
  })
  async reported(@Root() status: TreatyStatus, @Ctx() ctx: Context): Promise<ReportedAct[]> {
    const loader = ctx.loaders.keyed(
      `reported-acts:${status.asOf}`,
      () =>
        new DataLoader<string, ReportedAct[]>(async (ids) => {
          const byTreaty = await findReportedActs(ctx.db, ids, status.asOf);
          return ids.map((id) => (byTreaty.get(id) ?? []).map((props) => ReportedAct.fromEvent(Event.fromProps(props), props)));
        }),
    );
    const acts = [...(await loader.load(status.treatyId)), ...status.notDeposited.map((i) => ReportedAct.fromInstrument(i))];
    // In date order (undated last), domestic acts before recorded actions of the same day.
    return acts.sort((a, b) => (a.date?.first ?? '9999').localeCompare(b.date?.first ?? '9999'));
  }
}

@Resolver(() => ReportedAct)
export class ReportedActResolver {
  @FieldResolver(() => State, { nullable: true, description: 'Who acted.' })
  async participant(@Root() act: ReportedAct, @Ctx() ctx: Context): Promise<State | null> {
    const found = await ctx.loaders.entity.load(act.participantId);
    return found instanceof State ? found : null;
  }

  @FieldResolver(() => TreatyAction, {
    nullable: true,
    description: 'The recorded action, for an instrument no depositary source records.',
  })
  async action(@Root() act: ReportedAct, @Ctx() ctx: Context): Promise<TreatyAction | null> {
    if (act.actionId === null) return null;
    const found = await ctx.loaders.entity.load(act.actionId);
    return found instanceof TreatyAction ? found : null;
  }
}

@ObjectType({ description: 'How current the sources of one kind are.' })
export class SourceKindCurrency {
  @Field(() => DocumentKind, { description: 'The kind of document.' })
  kind!: DocumentKind;

  @Field(() => Int, { description: 'Documents of this kind in the graph.' })
  documents!: number;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'The last day a research pass read or searched a document of this kind; null when none records it.',
  })
  lastCheckedOn!: PartialDate | null;
}

@Resolver()
export class SourceCurrencyResolver {
  @Query(() => [SourceKindCurrency], {
    description: 'How current the data is: per kind of source, its documents and the last day one was checked.',
  })
  async sourceCurrency(@Ctx() ctx: Context): Promise<SourceKindCurrency[]> {
    const rows = await findSourceCurrency(ctx.db);
    return rows.map((row) =>
      Object.assign(new SourceKindCurrency(), {
        kind: row.kind as DocumentKind,
        documents: row.documents,
        lastCheckedOn: PartialDate.from(row.lastCheckedOn),
      }),
    );
  }
}
