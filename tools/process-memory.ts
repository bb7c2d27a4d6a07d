import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export interface ServerMemory {
  /** Resident memory of the Node process, MiB. */
  nodeMiB: number;
  /** Resident memory of its children (the embedded Neo4j's JVM), MiB; 0 without one. */
  neo4jMiB: number;
}

/** Resident set size of a process, from Linux's /proc, in MiB; undefined once it is gone. */
function rssMiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? undefined : Number(match[1]) / 1024;
  } catch {
    return undefined;
  }
}

/** The memory a server started by the tool holds, with its embedded Neo4j. */
export function serverMemory(pid: number): ServerMemory | undefined {
  const nodeMiB = rssMiB(pid);
  if (nodeMiB === undefined) return undefined;
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);
  const neo4jMiB = children.reduce((sum, child) => sum + (rssMiB(child) ?? 0), 0);
  return { nodeMiB, neo4jMiB };
}

export function formatMemory(memory: ServerMemory | undefined): string {
  if (memory === undefined) return 'unknown';
  return `Node ${memory.nodeMiB.toFixed(0)} MiB, Neo4j ${memory.neo4jMiB.toFixed(0)} MiB`;
}
