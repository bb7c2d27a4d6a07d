import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

import { rssMiB } from '../process-memory.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
}

function javaVersion(): string {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return probe.error === undefined ? (probe.stderr.split('\n')[0] ?? '').trim() : 'not found';
}

/** What a reader needs to weigh the figures: the hardware, and the versions of everything measured. */
export function describeMachine(neo4jVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: neo4jVersion,
  };
}

/** The 1-minute load average: on a shared machine, other work skews every timing. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 10) / 10;
}

/**
 * CPU seconds a process has used so far (Linux /proc), or undefined elsewhere. On a shared machine
 * wall time mixes our work with everyone else's; CPU time says what the work itself cost. With
 * `withoutJit`, the JVM's JIT compiler threads are left out: they compile Neo4j's own code as it gets
 * hot, a warm-up cost that a short measurement would otherwise charge to whichever query ran first.
 */
export function processCpuSeconds(pid: number, options: { withoutJit?: boolean } = {}): number | undefined {
  try {
    if (options.withoutJit !== true) return cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / CLOCK_TICKS;
    let ticks = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        if (!/\((C1|C2) CompilerThre/.test(stat)) ticks += cpuTicks(stat);
      } catch {
        // The thread ended between listing and reading: its time is gone from the process total too.
      }
    }
    return ticks / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc stat line; fields counted after the command name, which may hold spaces. */
function cpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** USER_HZ: 100 on every mainstream Linux build. */
const CLOCK_TICKS = 100;

/**
 * CPU and peak memory of a short-lived process, read from /proc every `intervalMs` while it runs: once
 * it has exited its figures are gone, so the last reading stands (short by at most one interval).
 */
export class CpuSampler {
  seconds = 0;
  withoutJitSeconds = 0;
  peakRssMiB: number | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 250,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    const all = processCpuSeconds(this.pid);
    const work = processCpuSeconds(this.pid, { withoutJit: true });
    // An exited process lingers a moment with its total but no threads to read: keep the last full reading.
    if (all !== undefined && work !== undefined && work >= this.withoutJitSeconds) {
      this.seconds = all;
      this.withoutJitSeconds = work;
    }
    const rss = rssMiB(this.pid);
    if (rss !== undefined) this.peakRssMiB = Math.max(this.peakRssMiB ?? 0, rss);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
