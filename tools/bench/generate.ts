import { readFileSync } from 'node:fs';
import path from 'node:path';

import { SEEDS_DIR } from '../../src/ingest/seed.js';
import { planGraph, type GraphPlan } from '../../src/ingest/plan.js';
import type {
  DocumentRecord,
  EventRecord,
  OrganizationRecord,
  ParticipantRecord,
  PersonRecord,
  PositionRecord,
  ProcessRecord,
  RecordBundle,
  StatementRecord,
  TreatyActionRecord,
  TreatyRecord,
} from '../../src/ingest/records.js';
import { Random } from '../random.js';

/**
 * Synthetic treaty-process graphs for the benchmark: the shape of the real one (States acting on
 * treaties, people speaking about them, every fact citing documents) at any size. Every id outside the
 * 193 real States reads `<kind>:synthetic-bench-<n>`, so no one mistakes it for research data; the same
 * size and seed give the same graph, byte for byte.
 */

export const SCALES = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 } as const;
export type ScaleName = keyof typeof SCALES;

export const DEFAULT_SEED = 20_241_224;

/** Share of the nodes of each kind; actions dominate, as they do in the depositary's records. */
const SHARE = { actions: 0.4, statements: 0.25, documents: 0.2, persons: 0.04, events: 0.03, organizations: 0.003 };
/** 193 States times the chance of each kind of act, below: about 240 actions on each treaty. */
const ACTIONS_PER_TREATY = 240;
const VOCABULARY_SIZE = 1000;
/** Facts retracted (left out of default reads): enough that every query must filter them. */
const RETRACTED_SHARE = 0.01;
const PICKS = 256;

export interface BenchPicks {
  /** Any entity, for lookups by id. */
  entities: string[];
  /** People who made at least one statement. */
  speakers: string[];
  treaties: string[];
  /** A day per treaty pick, inside its action history, for status(asOf). */
  asOf: string[];
  /** Pairs connected within 4 hops: two people who spoke about one treaty; a State and an event of a treaty it acted on. */
  paths: [string, string][];
  /** People and treaties: nodes whose degree does not grow with the graph. */
  neighborhoods: string[];
  /** Words of the synthetic vocabulary, each in a small share of the texts. */
  searchTerms: string[];
}

const CONSENT = ['RATIFICATION', 'RATIFICATION', 'RATIFICATION', 'ACCEPTANCE', 'APPROVAL'] as const;
const ORG_KINDS = ['UN_ORGAN', 'UN_SUBSIDIARY_BODY', 'INTERGOVERNMENTAL', 'GOVERNMENT_BODY', 'NGO', 'OTHER'] as const;
const DOC_KINDS = [
  'PRESS_RELEASE',
  'UN_DOCUMENT',
  'DEPOSITARY_NOTIFICATION',
  'MEETING_COVERAGE',
  'NEWS_ARTICLE',
  'OFFICIAL_STATEMENT',
] as const;
const EVENT_KINDS = ['COMMITTEE_SESSION', 'MEETING', 'SIGNING_CEREMONY', 'ANNOUNCEMENT', 'DECISION'] as const;

const synthetic = (kind: string, n: number): string => `${kind}:synthetic-bench-${n}`;

/** Days since 1970-01-01 to YYYY-MM-DD. */
function day(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

function epochDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Most dates are days; a few are known only to the month or the year, as in the real sources. */
function partial(random: Random, epoch: number): string {
  const full = day(epoch);
  const roll = random.next();
  if (roll < 0.02) return full.slice(0, 4);
  if (roll < 0.07) return full.slice(0, 7);
  return full;
}

/** Pronounceable non-words, so full-text search has terms of known, modest frequency. */
function vocabulary(random: Random): string[] {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  const words = new Set<string>();
  while (words.size < VOCABULARY_SIZE) {
    let word = '';
    for (let i = 0; i < 3; i++) word += random.pick([...consonants]) + random.pick([...vowels]);
    words.add(word);
  }
  return [...words];
}

/** The 193 UN Member States of seeds/participants.json: real ids (state:ISO3), synthetic sources. */
function memberStates(): ParticipantRecord[] {
  const participants = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'participants.json'), 'utf8')) as ParticipantRecord[];
  return participants
    .filter((p) => p.kind === 'MEMBER_STATE')
    .map(
      (p) =>
        ({
          id: p.id,
          kind: p.kind,
          iso3: p.iso3,
          name: p.name,
          regionalGroup: p.regionalGroup,
          sources: [],
        }) as unknown as ParticipantRecord,
    );
}

interface Sizes {
  treaties: number;
  statements: number;
  documents: number;
  persons: number;
  events: number;
  organizations: number;
}

export function sizesFor(nodes: number): Sizes {
  return {
    treaties: Math.max(3, Math.round((SHARE.actions * nodes) / ACTIONS_PER_TREATY)),
    statements: Math.max(20, Math.round(SHARE.statements * nodes)),
    documents: Math.max(20, Math.round(SHARE.documents * nodes)),
    persons: Math.max(5, Math.round(SHARE.persons * nodes)),
    events: Math.max(5, Math.round(SHARE.events * nodes)),
    organizations: Math.max(5, Math.round(SHARE.organizations * nodes)),
  };
}

type Bundle = { -readonly [F in keyof RecordBundle]: RecordBundle[F][number][] };

function emptyBundle(): Bundle {
  return {
    documents: [],
    organizations: [],
    participants: [],
    persons: [],
    positions: [],
    treaties: [],
    processes: [],
    events: [],
    votes: [],
    statements: [],
    treatyActions: [],
    conflicts: [],
    claims: [],
    relations: [],
  };
}

/** Keeps at most `size` items, each item seen having the same chance to stay. */
class Reservoir<T> {
  readonly items: T[] = [];
  private seen = 0;

  constructor(
    private readonly size: number,
    private readonly random: Random,
  ) {}

  add(item: T): void {
    this.seen += 1;
    if (this.items.length < this.size) this.items.push(item);
    else {
      const slot = this.random.int(this.seen);
      if (slot < this.size) this.items[slot] = item;
    }
  }
}

/**
 * The graph in parts of bounded size, each planned as the seeds are and loadable on its own in order
 * (a part only points to nodes of its own or earlier parts): a million nodes never sit in memory at once.
 * What the benchmark asks about is gathered on the way and read with picks() once every part is out.
 */
export class SyntheticGraphGenerator {
  readonly sizes: Sizes;
  readonly records: Record<string, number> = {};
  private readonly random: Random;
  /** Separate streams, so choosing retractions and questions does not change the graph. */
  private readonly retractions: Random;
  private readonly asking: Random;
  private readonly words: string[];
  private readonly states: ParticipantRecord[];
  /** Names planned statements and actions are named after: speakers and participants. */
  private readonly names = new Map<string, string>();
  private readonly adopted: number[] = [];
  private readonly retracted = new Set<string>();
  private readonly spoke: Uint8Array;
  private readonly speakersOf: Reservoir<number>[] = [];
  private readonly actionDaysOf: Reservoir<number>[] = [];
  private readonly eventsOf: number[][] = [];
  private readonly actionPairs: Reservoir<[state: number, treaty: number]>;
  private actions = 0;
  private done = false;

  constructor(
    readonly nodes: number,
    readonly seed = DEFAULT_SEED,
  ) {
    this.sizes = sizesFor(nodes);
    this.random = new Random(seed);
    this.retractions = new Random(seed ^ 0x5bd1e995);
    this.asking = new Random(seed ^ 0x27d4eb2f);
    this.words = vocabulary(this.random);
    this.states = memberStates();
    this.spoke = new Uint8Array(this.sizes.persons);
    this.actionPairs = new Reservoir(4096, this.asking);
    for (let t = 0; t < this.sizes.treaties; t++) {
      this.speakersOf.push(new Reservoir(16, this.asking));
      this.actionDaysOf.push(new Reservoir(32, this.asking));
      this.eventsOf.push([]);
    }
  }

  /** Plans of at most about `partSize` records each, in load order. */
  *parts(partSize = 50_000): Generator<GraphPlan> {
    for (const bundle of this.bundles(partSize)) yield this.plan(bundle);
  }

  /** Plans one part as the seeds are planned, then marks its retracted facts. */
  plan(bundle: RecordBundle): GraphPlan {
    const plan = planGraph(bundle, new Map(this.names));
    for (const node of plan.nodes) if (this.retracted.has(node.id)) node.props.retracted = true;
    return plan;
  }

  /** The records themselves, in the seed files' format, part by part. */
  *bundles(partSize = 50_000): Generator<RecordBundle> {
    if (this.done) throw new Error('a generator yields its graph once');
    const { random, sizes } = this;
    let part = emptyBundle();
    let count = 0;
    const flush = (): RecordBundle => {
      const full = part as RecordBundle;
      for (const [file, records] of Object.entries(part)) this.records[file] = (this.records[file] ?? 0) + records.length;
      part = emptyBundle();
      count = 0;
      return full;
    };
    const text = (n: number): string => Array.from({ length: n }, () => random.pick(this.words)).join(' ');
    const cite = (): string[] => {
      const first = synthetic('doc', random.int(sizes.documents));
      if (!random.chance(0.5)) return [first];
      const second = synthetic('doc', random.int(sizes.documents));
      return second === first ? [first] : [first, second].sort();
    };
    const retract = (id: string): void => {
      if (this.retractions.chance(RETRACTED_SHARE)) this.retracted.add(id);
    };

    for (let i = 0; i < sizes.documents; i++) {
      part.documents.push({
        id: synthetic('doc', i),
        kind: DOC_KINDS[i % DOC_KINDS.length]!,
        title: `Synthetic bench document ${i}: ${text(4)}`,
        symbol: i % 10 === 0 ? `SYN/BENCH/${i}` : null,
        url: `https://example.org/synthetic-bench/doc-${i}`,
        publisher: `Synthetic Publisher ${i % 50}`,
        publishedOn: partial(random, epochDay('1990-01-01') + random.int(13_000)),
        sources: [],
        confidence: 'stated',
      } as unknown as DocumentRecord);
      if (++count >= partSize) yield flush();
    }

    for (let i = 0; i < sizes.organizations; i++) {
      part.organizations.push({
        id: synthetic('org', i),
        name: `Synthetic Organization ${i} ${text(1)}`,
        acronym: `SYN${i}`,
        kind: ORG_KINDS[i % ORG_KINDS.length]!,
        description: null,
        sources: cite(),
      } as unknown as OrganizationRecord);
      if (++count >= partSize) yield flush();
    }

    for (const state of this.states) {
      state.sources = cite();
      this.names.set(state.id, state.name);
      part.participants.push(state);
    }

    for (let i = 0; i < sizes.persons; i++) {
      const nationality = random.pick(this.states);
      const name = `Synthetic Person ${i} ${text(1)}`;
      this.names.set(synthetic('person', i), name);
      part.persons.push({
        id: synthetic('person', i),
        name,
        aliases: [],
        nationality: nationality.iso3,
        description: null,
        sources: cite(),
      } as unknown as PersonRecord);
      part.positions.push({
        id: synthetic('position', i),
        person: synthetic('person', i),
        in: i % 3 === 0 ? synthetic('org', random.int(sizes.organizations)) : nationality.id,
        title: `Synthetic delegate ${i}`,
        from: partial(random, epochDay('1995-01-01') + random.int(10_000)),
        until: null,
        observedOn: null,
        sources: cite(),
      } as unknown as PositionRecord);
      count += 2;
      if (count >= partSize) yield flush();
    }

    for (let i = 0; i < sizes.treaties; i++) {
      const adoptedOn = epochDay('1990-01-01') + random.int(12_000);
      this.adopted.push(adoptedOn);
      const protocol = i % 5 === 4;
      part.treaties.push({
        id: synthetic('treaty', i),
        kind: protocol ? 'PROTOCOL' : 'CONVENTION',
        title: `Synthetic Bench ${protocol ? 'Protocol' : 'Convention'} ${i} on ${text(3)}`,
        shortTitle: `Synthetic Bench Treaty ${i}`,
        stage: 'ADOPTED',
        adoptedOn: day(adoptedOn),
        adoptedBy: synthetic('org', random.int(sizes.organizations)),
        adoptionDocument: synthetic('doc', random.int(sizes.documents)),
        depositary: 'Synthetic depositary',
        signature: [{ from: day(adoptedOn + 30), until: day(adoptedOn + 760), place: 'Synthetic City' }],
        entryIntoForce: {
          article: '1',
          instrumentsRequired: 40,
          countedKinds: ['RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION'],
          daysAfterThreshold: 90,
          reioCountedAdditionally: false,
          laterPartiesDays: 30,
          text: 'Synthetic rule: in force on the ninetieth day after the fortieth instrument.',
        },
        supplements: protocol ? synthetic('treaty', i - 1) : null,
        sources: cite(),
        confidence: 'stated',
      } as unknown as TreatyRecord);
      part.processes.push({
        id: synthetic('process', i),
        name: `Synthetic negotiation of treaty ${i}`,
        mandate: null,
        start: day(adoptedOn - 900),
        end: day(adoptedOn),
        conductedBy: synthetic('org', random.int(sizes.organizations)),
        produced: synthetic('treaty', i),
        sources: cite(),
      } as unknown as ProcessRecord);
      count += 2;
      if (count >= partSize) yield flush();
    }

    for (let i = 0; i < sizes.events; i++) {
      const treaty = random.int(sizes.treaties);
      this.eventsOf[treaty]!.push(i);
      part.events.push({
        id: synthetic('event', i),
        kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
        name: `Synthetic event ${i}: ${text(3)}`,
        start: partial(random, this.adopted[treaty]! - 900 + random.int(1800)),
        end: null,
        place: 'Synthetic City',
        description: null,
        partOf: synthetic('process', treaty),
        body: synthetic('org', random.int(sizes.organizations)),
        sources: cite(),
      } as unknown as EventRecord);
      if (++count >= partSize) yield flush();
    }

    for (let i = 0; i < sizes.statements; i++) {
      const treaty = random.int(sizes.treaties);
      const speaker = random.skewed(sizes.persons);
      const about = [synthetic('treaty', treaty)];
      if (random.chance(0.3)) about.push(synthetic('process', treaty));
      const id = synthetic('statement', i);
      part.statements.push({
        id,
        speaker: synthetic('person', speaker),
        text: `Synthetic bench statement ${i}: ${text(12)}.`,
        language: 'en',
        saidOn: partial(random, this.adopted[treaty]! - 900 + random.int(3000)),
        context: null,
        roleAtTime: null,
        about,
        at: random.chance(0.3) ? synthetic('event', random.int(sizes.events)) : null,
        sources: cite(),
      } as unknown as StatementRecord);
      retract(id);
      if (!this.retracted.has(id)) {
        this.spoke[speaker] = 1;
        this.speakersOf[treaty]!.add(speaker);
      }
      if (++count >= partSize) yield flush();
    }

    for (let t = 0; t < sizes.treaties; t++) {
      const opens = this.adopted[t]! + 30;
      for (let s = 0; s < this.states.length; s++) {
        const act = (kind: string, epoch: number): void => {
          const id = synthetic('action', this.actions++);
          const date = random.chance(0.01) ? null : partial(random, epoch);
          part.treatyActions.push({
            id,
            treaty: synthetic('treaty', t),
            participant: this.states[s]!.id,
            kind,
            date,
            place: null,
            notification: `C.N.${this.actions}.SYNTHETIC`,
            signedBy: kind === 'SIGNATURE' && random.chance(0.1) ? synthetic('person', random.int(sizes.persons)) : null,
            sources: cite(),
          } as unknown as TreatyActionRecord);
          count += 1;
          retract(id);
          if (!this.retracted.has(id)) {
            this.actionPairs.add([s, t]);
            if (date !== null && date.length === 10) this.actionDaysOf[t]!.add(epoch);
          }
        };
        const signed = random.chance(0.65);
        const signedOn = opens + random.int(730);
        if (signed) act('SIGNATURE', signedOn);
        if (signed && random.chance(0.7)) act(random.pick(CONSENT), signedOn + 30 + random.int(1800));
        else if (!signed && random.chance(0.15)) act('ACCESSION', opens + 760 + random.int(2500));
        if (random.chance(0.05)) act('DECLARATION', signedOn + random.int(1800));
        if (random.chance(0.03)) act('RESERVATION', signedOn + random.int(1800));
        if (random.chance(0.01)) act('OBJECTION', signedOn + random.int(2500));
      }
      if (count >= partSize) yield flush();
    }
    if (count > 0) yield flush();
    this.done = true;
  }

  /** What the benchmark asks about, drawn once the whole graph is out. */
  picks(): BenchPicks {
    if (!this.done) throw new Error('picks are known once every part is generated');
    const random = this.asking;
    const { sizes } = this;
    const speakers: number[] = [];
    this.spoke.forEach((flag, index) => {
      if (flag === 1) speakers.push(index);
    });
    const treaties = Array.from({ length: PICKS }, (_, i) => (i < sizes.treaties ? i : random.int(sizes.treaties)));
    const shuffled = random.sample(treaties, treaties.length);

    const paths: [string, string][] = [];
    for (let attempt = 0; paths.length < PICKS && attempt < PICKS * 50; attempt++) {
      if (attempt % 2 === 0) {
        const people = [...new Set(this.speakersOf[random.int(sizes.treaties)]!.items)];
        if (people.length < 2) continue;
        const [a, b] = random.sample(people, 2) as [number, number];
        paths.push([synthetic('person', a), synthetic('person', b)]);
      } else {
        const [state, treaty] = random.pick(this.actionPairs.items);
        const events = this.eventsOf[treaty]!;
        if (events.length === 0) continue;
        paths.push([this.states[state]!.id, synthetic('event', random.pick(events))]);
      }
    }

    // Any kind of node, in proportion to how many there are.
    const kinds: [string, number][] = [
      ['doc', sizes.documents],
      ['org', sizes.organizations],
      ['person', sizes.persons],
      ['position', sizes.persons],
      ['treaty', sizes.treaties],
      ['process', sizes.treaties],
      ['event', sizes.events],
      ['statement', sizes.statements],
      ['action', this.actions],
    ];
    const total = kinds.reduce((sum, [, n]) => sum + n, 0) + this.states.length;
    const entities: string[] = [];
    while (entities.length < PICKS) {
      let index = random.int(total);
      let id: string | undefined;
      for (const [kind, n] of kinds) {
        if (index < n) {
          id = synthetic(kind, index);
          break;
        }
        index -= n;
      }
      id ??= this.states[index]!.id;
      if (!this.retracted.has(id)) entities.push(id);
    }

    const pickSpeaker = (): string => synthetic('person', random.pick(speakers));
    return {
      entities,
      speakers: Array.from({ length: PICKS }, pickSpeaker),
      treaties: shuffled.map((t) => synthetic('treaty', t)),
      asOf: shuffled.map((t) =>
        day(random.pick(this.actionDaysOf[t]!.items.length > 0 ? this.actionDaysOf[t]!.items : [this.adopted[t]!])),
      ),
      paths,
      neighborhoods: Array.from({ length: PICKS }, (_, i) =>
        i % 2 === 0 ? pickSpeaker() : synthetic('treaty', random.int(sizes.treaties)),
      ),
      searchTerms: random.sample(this.words, PICKS),
    };
  }
}

/** The whole graph as one plan: for small sizes and tests. */
export function generateGraph(nodes: number, seed = DEFAULT_SEED): { plan: GraphPlan; picks: BenchPicks; records: Record<string, number> } {
  const generator = new SyntheticGraphGenerator(nodes, seed);
  const plan: GraphPlan = { nodes: [], rels: [] };
  for (const part of generator.parts()) {
    for (const node of part.nodes) plan.nodes.push(node);
    for (const rel of part.rels) plan.rels.push(rel);
  }
  return { plan, picks: generator.picks(), records: generator.records };
}
