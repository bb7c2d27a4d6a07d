import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

import { serveLocally } from './serve-locally.js';

/**
 * The peer: the Neo4j GraphQL Library serving the same graph from type definitions alone, on the same
 * HTTP stack as ours (Express 5 + Apollo Server 5), so the two differ only in how they turn GraphQL into
 * Cypher. Relationships are lists (the library's v7 shape); dates keep their string and first/last days;
 * `retracted` is read as false when absent, as ours reads it (coalesce), so filters on it mean the same.
 */
const FACT = `confidence: String
  note: String
  retracted: Boolean @coalesce(value: false)
  sourceIds: [String!]
  sources: [Document!]! @relationship(type: "CITES", direction: OUT)`;

export const PEER_TYPE_DEFS = `
interface Entity {
  id: ID!
  name: String!
  confidence: String
  note: String
  retracted: Boolean
}

type Document implements Entity @node(labels: ["Document", "Entity"]) {
  id: ID!
  name: String!
  kind: String
  title: String
  symbol: String
  url: String
  publisher: String
  publishedOn: String
  publishedOnFirst: Date
  publishedOnLast: Date
  ${FACT}
}

type Treaty implements Entity @node(labels: ["Treaty", "Entity"]) {
  id: ID!
  name: String!
  title: String
  shortTitle: String
  kind: String
  stage: String
  adoptedOn: String
  depositary: String
  eifInstrumentsRequired: Int
  eifDaysAfterThreshold: Int
  # Not "actions": the library would name its connection TreatyActionsConnection, the root connection's name.
  actionsOn: [TreatyAction!]! @relationship(type: "ON", direction: IN)
  adoptedBy: [Organization!]! @relationship(type: "ADOPTED", direction: IN)
  ${FACT}
}

type State implements Entity @node(labels: ["State", "Entity"]) {
  id: ID!
  name: String!
  iso3: String
  kind: String
  regionalGroup: String
  actions: [TreatyAction!]! @relationship(type: "TOOK", direction: OUT)
  ${FACT}
}

type Organization implements Entity @node(labels: ["Organization", "Entity"]) {
  id: ID!
  name: String!
  acronym: String
  kind: String
  description: String
  ${FACT}
}

type Person implements Entity @node(labels: ["Person", "Entity"]) {
  id: ID!
  name: String!
  description: String
  statements: [Statement!]! @relationship(type: "SAID", direction: OUT)
  positions: [Position!]! @relationship(type: "HELD", direction: OUT)
  nationality: [State!]! @relationship(type: "NATIONAL_OF", direction: OUT)
  ${FACT}
}

type Position implements Entity @node(labels: ["Position", "Entity"]) {
  id: ID!
  name: String!
  title: String
  from: String
  until: String
  person: [Person!]! @relationship(type: "HELD", direction: IN)
  ${FACT}
}

type Statement implements Entity @node(labels: ["Statement", "Entity"]) {
  id: ID!
  name: String!
  text: String
  language: String
  saidOn: String
  saidOnFirst: Date
  saidOnLast: Date
  context: String
  roleAtTime: String
  speaker: [Person!]! @relationship(type: "SAID", direction: IN)
  at: [Event!]! @relationship(type: "SAID_AT", direction: OUT)
  ${FACT}
}

type TreatyAction implements Entity @node(labels: ["TreatyAction", "Entity"]) {
  id: ID!
  name: String!
  kind: String
  date: String
  dateFirst: Date
  dateLast: Date
  place: String
  notification: String
  participant: [State!]! @relationship(type: "TOOK", direction: IN)
  treaty: [Treaty!]! @relationship(type: "ON", direction: OUT)
  signedBy: [Person!]! @relationship(type: "SIGNED_BY", direction: OUT)
  ${FACT}
}

type Event implements Entity @node(labels: ["Event", "Entity"]) {
  id: ID!
  name: String!
  kind: String
  start: String
  end: String
  place: String
  ${FACT}
}

type Process implements Entity @node(labels: ["Process", "Entity"]) {
  id: ID!
  name: String!
  mandate: String
  start: String
  end: String
  ${FACT}
}

type Claim implements Entity @node(labels: ["Claim", "Entity"]) {
  id: ID!
  name: String!
  topic: String
  subject: String
  value: String
  ${FACT}
}

type Conflict implements Entity @node(labels: ["Conflict", "Entity"]) {
  id: ID!
  name: String!
  topic: String
  ${FACT}
}
`;

interface PeerContext {
  executionContext: Driver;
  roundTrips: { count: number };
}

/**
 * The driver as the library sees it, counting each Cypher statement it runs, so the peer's round
 * trips are measured like ours rather than assumed.
 */
function countingDriver(driver: Driver, counter: { count: number }): Driver {
  const countingTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            counter.count += 1;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const countingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => Promise<unknown>, config?: unknown) =>
            target[prop]((tx) => work(countingTx(tx)), config as never);
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => countingSession(target.session(...args));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const roundTripsPlugin: ApolloServerPlugin<PeerContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherRoundTrips: contextValue.roundTrips.count,
          };
        }
      },
    };
  },
};

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

export async function startPeerServer(driver: Driver): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer<PeerContext>({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled(), roundTripsPlugin],
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const roundTrips = { count: 0 };
        return { executionContext: countingDriver(driver, roundTrips), roundTrips };
      },
    }),
  );
  const server = await serveLocally(app);
  return {
    url: `${server.origin}/graphql`,
    async close() {
      await server.close();
      await apollo.stop();
    },
  };
}
