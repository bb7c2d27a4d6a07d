import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

import { FLOOR, FloorDb, type FloorKey, type Vars } from './floor.cypher.js';
import { serveLocally } from './serve-locally.js';

/**
 * The floor over HTTP: each hand-written Cypher query behind a bare JSON endpoint on the same Express
 * stack as ours (`POST /floor/<query>` with `{ "variables": ... }`), with no GraphQL, no limits and no
 * resolvers. Clients reach it the way they reach ours, so ours/floor is what the GraphQL layer costs
 * on top of the least an HTTP API giving the same answers must do.
 */
export interface FloorServer {
  url(query: FloorKey): string;
  close(): Promise<void>;
}

/** Neo4j integers and temporal values as JSON gives them to a client: numbers and ISO strings. */
function plain(_key: string, value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  return value;
}

const isFloorKey = (name: string): name is FloorKey => Object.hasOwn(FLOOR, name);

export async function startFloorServer(driver: Driver, database: string | undefined): Promise<FloorServer> {
  const app = express();
  app.post('/floor/:query', express.json({ limit: '100kb' }), async (req, res) => {
    const name = String(req.params.query);
    if (!isFloorKey(name)) {
      res.status(404).json({ errors: [{ message: `no floor query ${name}` }] });
      return;
    }
    const db = new FloorDb(driver, database);
    try {
      const data = await FLOOR[name](db, ((req.body as { variables?: Vars }).variables ?? {}) as Vars);
      res.type('application/json').send(JSON.stringify({ data, extensions: { cypherRoundTrips: db.roundTrips } }, plain));
    } catch (error) {
      res.status(500).json({ errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    }
  });
  const server = await serveLocally(app);
  return { url: (query) => `${server.origin}/floor/${query}`, close: () => server.close() };
}
