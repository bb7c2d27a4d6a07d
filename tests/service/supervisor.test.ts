import { Writable } from 'node:stream';

import { pino } from 'pino';
import { describe, expect, it } from 'vitest';

import { GraphReadiness } from '../../src/db/readiness.js';
import { startSupervisor, type SupervisedProcess } from '../../src/service/supervisor.js';

/** A stand-in for the JVM: exits when told, or when killed. */
class FakeProcess implements SupervisedProcess {
  killed = false;
  exited: Promise<string>;
  private end: (how: string) => void = () => {};

  constructor() {
    this.exited = new Promise((resolve) => (this.end = resolve));
  }

  die(how = 'killed by SIGKILL'): void {
    this.end(how);
  }

  kill(): void {
    this.killed = true;
    this.end('killed by SIGKILL');
  }
}

function recordingLogger(): { logger: pino.Logger; lines: { msg: string; neo4j?: string; attempt?: number }[] } {
  const lines: { msg: string; neo4j?: string; attempt?: number }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string });
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 10_000) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const FAST = { probeIntervalMs: 5, failuresBeforeDown: 3, initialBackoffMs: 5, maxBackoffMs: 20 };

function setup(options: { restarts?: boolean; failingRestarts?: number; gated?: boolean } = {}) {
  const readiness = new GraphReadiness(true);
  const { logger, lines } = recordingLogger();
  const processes = [new FakeProcess()];
  let release: () => void = () => {};
  const world = {
    answering: true,
    restartCalls: 0,
    failingRestarts: options.failingRestarts ?? 0,
    /** Until the test calls release(), restarts wait (when gated): the outage can be looked at. */
    gate: options.gated === true ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve(),
    release: () => release(),
  };
  const supervisor = startSupervisor({
    ...FAST,
    process: processes[0],
    restart:
      options.restarts === false
        ? undefined
        : async () => {
            world.restartCalls += 1;
            await world.gate;
            if (world.restartCalls <= world.failingRestarts) throw new Error('synthetic: port 7687 is already in use');
            const next = new FakeProcess();
            processes.push(next);
            world.answering = true;
            return next;
          },
    probe: async () => {
      if (!world.answering) throw new Error('synthetic: connection refused');
    },
    readiness,
    logger,
  });
  return { readiness, lines, processes, world, supervisor, states: () => lines.map((line) => line.neo4j) };
}

describe('the Neo4j supervisor', () => {
  it('notices the process exit, marks the graph not ready, restarts it, and is ready again', async () => {
    const { readiness, processes, world, supervisor, states, lines } = setup({ gated: true });
    world.answering = false;
    processes[0]!.die();
    await until(() => supervisor.state === 'restarting');
    expect(readiness.ready).toBe(false);
    expect(readiness.reason).toBe('Neo4j restarting');
    world.release();
    await until(() => readiness.ready);
    expect(world.restartCalls).toBe(1);
    expect(states()).toEqual(['down', 'restarting', 'ready']);
    expect(lines[0]!.msg).toBe('Neo4j down: process killed by SIGKILL');
    expect(supervisor.state).toBe('up');
    await supervisor.stop();
  });

  it('retries a failed restart with backoff, one line per attempt', async () => {
    const { readiness, processes, world, supervisor, states, lines } = setup({ failingRestarts: 2 });
    processes[0]!.die('exit code 137');
    await until(() => world.restartCalls === 3 && readiness.ready);
    expect(states()).toEqual(['down', 'restarting', 'restart failed', 'restarting', 'restart failed', 'restarting', 'ready']);
    expect(lines.filter((line) => line.neo4j === 'restarting').map((line) => line.attempt)).toEqual([1, 2, 3]);
    await supervisor.stop();
  });

  it('kills a process that stops answering, then restarts it', async () => {
    const { readiness, processes, world, supervisor, states, lines } = setup();
    world.answering = false;
    await until(() => processes.length === 2 && readiness.ready);
    expect(processes[0]!.killed).toBe(true);
    expect(lines[0]!.msg).toBe('Neo4j down: not answering (3 probes in a row: synthetic: connection refused)');
    expect(states()).toEqual(['down', 'restarting', 'ready']);
    await supervisor.stop();
  });

  it('only watches a Neo4j it did not start: down and ready are logged, nothing is restarted', async () => {
    const { readiness, world, supervisor, states } = setup({ restarts: false });
    world.answering = false;
    await until(() => states().length === 1);
    expect(states()).toEqual(['down']);
    // Today's behaviour for NEO4J_URI: the driver reconnects, each query meeting the outage says so.
    expect(readiness.ready).toBe(true);
    world.answering = true;
    await until(() => states().length === 2);
    expect(states()).toEqual(['down', 'ready']);
    expect(world.restartCalls).toBe(0);
    await supervisor.stop();
  });

  it('takes an exit after stop() for the shutdown it is', async () => {
    const { readiness, processes, world, supervisor, lines } = setup();
    await supervisor.stop();
    processes[0]!.die('exit code 0');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(world.restartCalls).toBe(0);
    expect(lines).toEqual([]);
    expect(readiness.ready).toBe(true);
  });
});
