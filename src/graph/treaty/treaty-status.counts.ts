import DataLoader from 'dataloader';
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

import { addDays, todayUtc } from '../../model/partial-date.js';
import type { Context } from '../context.js';
import { toEntity } from '../entities.js';
import { findStatusCounts, type StatusCounts } from './treaty.cypher.js';
import { StatusInstrument, TreatyStatus } from './treaty-status.type.js';
import type { Treaty } from './treaty.type.js';

/**
 * The fields of TreatyStatus that need no list of instruments: the counts, the dates and the trigger
 * (with whatever it is asked for; its action and participant come with the counts). A status that
 * selects only these is computed in Neo4j and sent as one row (findStatusCounts); any other field,
 * or a what-if, takes every action to the entry-into-force module.
 */
const COUNTS_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'asOf',
  'adopted',
  'signatoryCount',
  'partyCount',
  'instrumentsCounted',
  'instrumentsRequired',
  'instrumentsNeeded',
  'inForce',
  'entryIntoForceDate',
  'triggeringInstrument',
  'projected',
  'rule',
  'lastCheckedOn',
]);

/** Whether the status field nodes select only counts (fragments included). */
export function selectsCountsOnly(info: Pick<GraphQLResolveInfo, 'fragments'>, nodes: readonly FieldNode[]): boolean {
  const only = (set: SelectionSetNode | undefined): boolean =>
    set === undefined ||
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return COUNTS_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return only(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && only(fragment.selectionSet);
    });
  return nodes.length > 0 && nodes.every((node) => only(node.selectionSet));
}

/**
 * The one day on which every `status` below the treaty being resolved asks only for counts, with no
 * what-if and not as recorded in a release: the treaty query then reads the treaty and those counts
 * together. Null when the statuses ask for more, or for several days.
 */
export function countsOnlyDay(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): string | null {
  const treatyType = info.schema.getType('Treaty');
  const field = isObjectType(treatyType) ? treatyType.getFields().status : undefined;
  if (field === undefined || !selectsCountsOnly(info, nodes)) return null;
  const days = new Set<string>();
  for (const node of nodes) {
    const args = getArgumentValues(field, node, info.variableValues) as {
      asOf?: string | null;
      assume?: unknown[] | null;
      asRecordedIn?: number | null;
    };
    if ((args.assume ?? []).length > 0 || args.asRecordedIn != null) return null;
    days.add(args.asOf ?? todayUtc());
  }
  return days.size === 1 ? [...days][0]! : null;
}

/** Treaties read with every action for their statuses: each status of them is computed from those, with no other round trip. */
const readWithActions = new WeakSet<Treaty>();

export function markReadWithActions(treaty: Treaty): void {
  readWithActions.add(treaty);
}

/** Whether a status of `treaty` that selects `nodes` is computed in Neo4j from counts. */
export function takesCounts(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  nodes: readonly FieldNode[],
  treaty: Treaty,
  assumed: number,
): boolean {
  return assumed === 0 && !readWithActions.has(treaty) && selectsCountsOnly(info, nodes);
}

/** The status counts of treaties on a day (as recorded in a release, when given): one batched read for every treaty of the request. */
export function statusCountsLoader(ctx: Context, asOf: string, recorded: number | null): DataLoader<string, StatusCounts | null> {
  return ctx.loaders.keyed(
    `treaty-status-counts:${asOf}:${recorded ?? 'now'}`,
    () =>
      new DataLoader<string, StatusCounts | null>(async (ids) => {
        const byTreaty = await findStatusCounts(ctx.db, ids, asOf, recorded);
        const found = ids.map((id) => byTreaty.get(id) ?? null);
        for (const counts of found) if (counts !== null) primeTrigger(ctx, counts);
        return found;
      }),
  );
}

/** The trigger's action and participant were read whole with the counts: their fields need no other round trip. */
export function primeTrigger(ctx: Context, counts: StatusCounts): void {
  if (counts.trigger === null) return;
  const { row, action, participant } = counts.trigger;
  ctx.loaders.entity.prime(row.id, toEntity(action.labels, action.props));
  ctx.loaders.entity.prime(row.participant, toEntity(participant.labels, participant.props));
}

/**
 * A status of counts, as computeStatus and toTreatyStatus would give it from every action: the same
 * adoption check (nothing counts before adoption), the same needed and entry-into-force arithmetic.
 * The lists are empty: selectsCountsOnly admits no field that reads them.
 */
export function toCountsStatus(treaty: Treaty, asOf: string, counts: StatusCounts): TreatyStatus {
  const rule = treaty.entryIntoForceRule;
  const adopted = treaty.adoptedOn !== null && treaty.adoptedOn.last <= asOf;
  const trigger = adopted && rule !== null && counts.trigger !== null ? StatusInstrument.recorded(counts.trigger.row) : null;
  const counted = adopted && rule !== null ? counts.counted : 0;
  const entryIntoForceDate = trigger === null ? null : addDays(trigger.date!.last, rule!.daysAfterThreshold);
  return Object.assign(new TreatyStatus(), {
    asOf,
    adopted,
    signatoryCount: adopted ? counts.signatories : 0,
    signatories: [],
    undatedSignatures: [],
    possibleSignatures: [],
    partyCount: adopted ? counts.parties : 0,
    parties: [],
    instrumentsCounted: counted,
    countedInstruments: [],
    instrumentsNotCounted: [],
    instrumentsRequired: rule?.instrumentsRequired ?? null,
    instrumentsNeeded: rule === null ? null : trigger !== null ? 0 : Math.max(0, rule.instrumentsRequired - counted),
    inForce: entryIntoForceDate !== null && entryIntoForceDate <= asOf,
    entryIntoForceDate,
    triggeringInstrument: trigger,
    projected: false,
    rule,
    lastCheckedOn: treaty.statusCheckedOn,
    treatyId: treaty.id,
    notDeposited: [],
  });
}
