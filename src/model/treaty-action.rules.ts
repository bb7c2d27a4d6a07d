import { parsePartialDate, todayUtc } from './partial-date.js';
import { CONSENT_KINDS, TreatyActionKind } from './treaty-action.js';
import { slugOfId } from './ids.js';

/** What the rules on acting on a treaty need to know about it. */
export interface TreatyFacts {
  id: string;
  stage: string | null;
  adoptedOn: string | null;
}

export interface RecordedAction {
  id: string;
  participant: string;
  kind: string;
  date: string | null;
  sourceIds: string[];
  /** Every stored property, so a re-write keeps what it does not restate (place, note...). */
  props: Record<string, unknown>;
}

export interface ActionFacts {
  id: string;
  participant: string;
  kind: TreatyActionKind;
  date: string | null;
}

/** A rule broken, naming the action's field at fault. */
export interface RuleProblem {
  field: 'date' | 'kind';
  message: string;
}

/** Signing and consenting to be bound both need an adopted text; other acts (objections…) follow them. */
const NEEDS_ADOPTED_TEXT: readonly TreatyActionKind[] = [TreatyActionKind.SIGNATURE, ...CONSENT_KINDS];

/**
 * A stable id for an action, so that recording it again finds the same node. A range's slash, not
 * allowed in ids, becomes "..": action:uncc:gbr:signature:2025-10-25..2025-10-26.
 */
export function treatyActionId(treaty: string, participant: string, kind: TreatyActionKind, date: string | null | undefined): string {
  return `action:${slugOfId(treaty)}:${slugOfId(participant)}:${kind.toLowerCase()}${date ? `:${date.replace('/', '..')}` : ''}`;
}

/**
 * The domain's rules for an act on a treaty: not in the future, not before the treaty's adoption,
 * signature and consent only on an adopted text, and not the same act twice.
 */
export function checkTreatyAction(
  action: ActionFacts,
  treaty: TreatyFacts,
  recorded: readonly RecordedAction[],
  today = todayUtc(),
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const date = action.date === null ? undefined : parsePartialDate(action.date);
  if (date !== undefined && date.first > today) {
    problems.push({ field: 'date', message: `must not be in the future (today is ${today}), got ${date.value}` });
  }
  if (NEEDS_ADOPTED_TEXT.includes(action.kind) && treaty.stage !== 'ADOPTED') {
    problems.push({
      field: 'kind',
      message: `${action.kind} needs an adopted treaty; ${treaty.id} is ${treaty.stage?.toLowerCase() ?? 'not adopted'}`,
    });
  }
  const adopted = treaty.adoptedOn === null ? undefined : parsePartialDate(treaty.adoptedOn);
  if (date !== undefined && adopted !== undefined && date.last < adopted.first) {
    problems.push({ field: 'date', message: `${date.value} is before the treaty's adoption (${adopted.value})` });
  }
  const duplicate = recorded.find(
    (other) =>
      other.id !== action.id && other.participant === action.participant && other.kind === action.kind && other.date === action.date,
  );
  if (duplicate !== undefined) {
    problems.push({
      field: 'date',
      message: `the same ${action.kind.toLowerCase()} on ${action.date ?? 'an unknown date'} is already recorded as ${duplicate.id}`,
    });
  }
  return problems;
}
