import type { ManagedTransaction } from 'neo4j-driver';

import { strOrNull } from '../db/values.js';
import type { RecordedAction, TreatyFacts } from '../model/treaty-action.rules.js';

/** What the rules on acting on a treaty need to know about it. */
export async function treatyFacts(tx: ManagedTransaction, treatyId: string): Promise<TreatyFacts | null> {
  const result = await tx.run('MATCH (t:Treaty {id: $treatyId}) RETURN properties(t) AS props', { treatyId });
  const props = result.records[0]?.get('props') as Record<string, unknown> | undefined;
  if (props === undefined) return null;
  return { id: treatyId, stage: strOrNull(props, 'stage'), adoptedOn: strOrNull(props, 'adoptedOn') };
}

/** The live actions already recorded on a treaty, optionally for some participants only. */
export async function actionsOnTreaty(
  tx: ManagedTransaction,
  treatyId: string,
  participants: readonly string[] | null = null,
): Promise<RecordedAction[]> {
  const result = await tx.run(
    `MATCH (p:State)-[:TOOK]->(a:TreatyAction)-[:ON]->(:Treaty {id: $treatyId})
     WHERE coalesce(a.retracted, false) = false AND ($participants IS NULL OR p.id IN $participants)
     RETURN a.id AS id, p.id AS participant, a.kind AS kind, a.date AS date, coalesce(a.sourceIds, []) AS sourceIds,
            properties(a) AS props`,
    { treatyId, participants },
  );
  return result.records.map((record) => ({
    id: record.get('id') as string,
    participant: record.get('participant') as string,
    kind: record.get('kind') as string,
    date: record.get('date') as string | null,
    sourceIds: record.get('sourceIds') as string[],
    props: record.get('props') as Record<string, unknown>,
  }));
}

/** Every participant's id, name and ISO code, to match the names a status table prints. */
export async function participants(tx: ManagedTransaction): Promise<{ id: string; name: string; iso3: string | null }[]> {
  const result = await tx.run(
    'MATCH (s:State) WHERE coalesce(s.retracted, false) = false RETURN s.id AS id, s.name AS name, s.iso3 AS iso3',
  );
  return result.records.map((record) => ({
    id: record.get('id') as string,
    name: record.get('name') as string,
    iso3: record.get('iso3') as string | null,
  }));
}
