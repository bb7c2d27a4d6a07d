import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export interface ServerMemory {
  /** Resident memory of the Node process, MiB. */
  nodeMiB: number;
  /** Resident memory of its children (the embedded Neo4j's JVM), MiB; 0 without one. */
  neo4jMiB: number;
}

function statusMiB(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? undefined : Number(match[1]) / 1024;
  } catch {
    return undefined;
  }
}

/** Resident set size of a process, from Linux's /proc, in MiB; undefined once it is gone (or off Linux). */
export function rssMiB(pid: number | 'self'): number | undefined {
  return statusMiB(pid, 'VmRSS');
}

/** The most a process has held resident since it started (the kernel's high-water mark), MiB. */
export function peakRssMiB(pid: number | 'self'): number | undefined {
  return statusMiB(pid, 'VmHWM');
}

/**
 * The highest resident set size of a process over a span of time, sampled: the kernel keeps only a
 * lifetime peak, which for a long-lived process mixes every phase before this one.
 */
export class RssSampler {
  private peak: number | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number | 'self',
    intervalMs = 200,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    const rss = rssMiB(this.pid);
    if (rss !== undefined) this.peak = Math.max(this.peak ?? 0, rss);
  }

  /** Stops sampling; the peak seen, MiB, or undefined where /proc is missing. */
  stop(): number | undefined {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
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
