import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

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
 * wall time mixes our work with everyone else's; CPU time says what the work itself cost.
 */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}

/** USER_HZ: 100 on every mainstream Linux build. */
const CLOCK_TICKS = 100;
