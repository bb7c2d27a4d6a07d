import { randomUUID } from 'node:crypto';

import neo4j from 'neo4j-driver';

import type { Database } from '../../src/db/database.js';
import { parsePartialDate } from '../../src/model/partial-date.js';

export const CONVENTION = 'treaty:un-cybercrime-convention';

export interface SyntheticAction {
  participant: string;
  kind: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null for undated. */
  date: string | null;
}

/**
 * A synthetic treaty that copies the Convention's entry-into-force rule, with its own synthetic
 * depositary notification (which the actions cite, so they count as deposited) and a synthetic news
 * article (for acts only reported); every synthetic id contains the same tag so cleanup finds them all.
 */
export class SyntheticTreaty {
  readonly tag = `synthetic-${randomUUID().slice(0, 8)}`;
  readonly id = `treaty:${this.tag}`;
  readonly docId = `doc:${this.tag}`;
  readonly newsId = `doc:${this.tag}-news`;
  private next = 0;

  constructor(private readonly db: Database) {}

  async create(): Promise<void> {
    await this.db.write(
      `MATCH (real:Treaty {id: $convention})
       CREATE (d:Entity:Document {id: $docId, name: 'Synthetic depositary notification', title: 'Synthetic depositary notification',
         kind: 'DEPOSITARY_NOTIFICATION', confidence: 'stated', sourceIds: []})
       CREATE (:Entity:Document {id: $newsId, name: 'Synthetic news article', title: 'Synthetic news article',
         kind: 'NEWS_ARTICLE', grade: 'SECONDARY', confidence: 'stated', sourceIds: []})
       CREATE (t:Entity:Treaty {id: $id, name: 'Synthetic test treaty', title: 'Synthetic test treaty', shortTitle: 'Synthetic',
         kind: 'CONVENTION', stage: 'ADOPTED', adoptedOn: '2024-12-24', adoptedOnFirst: date('2024-12-24'), adoptedOnLast: date('2024-12-24'),
         signaturePeriods: '[]', confidence: 'stated', sourceIds: [$docId],
         eifArticle: real.eifArticle, eifInstrumentsRequired: real.eifInstrumentsRequired, eifCountedKinds: real.eifCountedKinds,
         eifDaysAfterThreshold: real.eifDaysAfterThreshold, eifReioCountedAdditionally: real.eifReioCountedAdditionally,
         eifLaterPartiesDays: real.eifLaterPartiesDays, eifText: real.eifText})
       CREATE (t)-[:CITES]->(d)`,
      { convention: CONVENTION, id: this.id, docId: this.docId, newsId: this.newsId },
    );
  }

  /**
   * Records actions by real participants on the synthetic treaty, in one transaction; returns their
   * ids. They cite the synthetic depositary notification, or with `reportedOnly` the news article alone.
   */
  async addActions(actions: SyntheticAction[], { reportedOnly = false } = {}): Promise<string[]> {
    const docId = reportedOnly ? this.newsId : this.docId;
    const rows = actions.map((action) => {
      this.next += 1;
      const parsed = action.date === null ? undefined : parsePartialDate(action.date);
      return {
        ...action,
        id: `action:${this.tag}-${String(this.next).padStart(4, '0')}`,
        first: parsed?.first ?? null,
        last: parsed?.last ?? null,
      };
    });
    await this.db.write(
      `MATCH (t:Treaty {id: $id}) MATCH (d:Document {id: $docId})
       UNWIND $rows AS row
       MATCH (p:State {id: row.participant})
       CREATE (a:Entity:TreatyAction {id: row.id, name: 'Synthetic ' + toLower(row.kind), kind: row.kind,
         date: row.date, dateFirst: date(row.first), dateLast: date(row.last),
         confidence: 'stated', sourceIds: [$docId], note: CASE WHEN row.date IS NULL THEN 'Synthetic: undated.' END})
       CREATE (p)-[:TOOK {sourceIds: [$docId]}]->(a)
       CREATE (a)-[:ON {sourceIds: [$docId]}]->(t)
       CREATE (a)-[:CITES]->(d)`,
      { id: this.id, docId, rows },
    );
    return rows.map((row) => row.id);
  }

  /**
   * Records a synthetic domestic act towards consent (as a government or the press would report it) by a
   * real participant: an Event naming the synthetic treaty, never a treaty action.
   */
  async addReportedAct(participant: string, consentKind: string | null, date: string): Promise<string> {
    this.next += 1;
    const id = `event:${this.tag}-reported-${this.next}`;
    const parsed = parsePartialDate(date)!;
    await this.db.write(
      `MATCH (d:Document {id: $docId})
       CREATE (e:Entity:Event {id: $id, name: 'Synthetic reported ratification', kind: 'DOMESTIC_ACT',
         start: $date, startFirst: date($first), startLast: date($last),
         treaty: $treaty, participant: $participant, consentKind: $consentKind, confidence: 'stated', sourceIds: [$docId]})
       CREATE (e)-[:CITES]->(d)`,
      { docId: this.docId, id, date, first: parsed.first, last: parsed.last, treaty: this.id, participant, consentKind },
    );
    return id;
  }

  /** How many actions the synthetic treaty has in the graph. */
  async actionCount(): Promise<number> {
    const [row] = await this.db.read<{ n: { toNumber(): number } }>(
      'MATCH (:Treaty {id: $id})<-[:ON]-(a:TreatyAction) RETURN count(a) AS n',
      { id: this.id },
    );
    return row!.n.toNumber();
  }

  async remove(): Promise<void> {
    await this.db.write('MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag: this.tag });
  }
}

/** Real Member States (ids state:ISO3) from the seeds, in iso3 order. */
export async function memberStates(db: Database, count: number): Promise<string[]> {
  const rows = await db.read<{ id: string }>("MATCH (s:State {kind: 'MEMBER_STATE'}) RETURN s.id AS id ORDER BY s.iso3 LIMIT $n", {
    n: neo4j.int(count),
  });
  return rows.map((row) => row.id);
}
