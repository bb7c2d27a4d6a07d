import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectPath } from '../src/paths.js';

/** The load and fuzz scripts only ever aim at this machine. */
export function loopbackUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--url: not a URL: "${raw}"`);
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.protocol !== 'http:') {
    throw new Error(`--url: only http:// on the loopback interface (127.0.0.1, localhost, [::1]) is allowed, got "${raw}"`);
  }
  return url;
}

export interface LocalServer {
  url: string;
  /** The server's process id (its embedded Neo4j is a child of it). */
  pid: number;
  alive(): boolean;
  /** What the server printed, for the report when it died. */
  output(): string;
  stop(): Promise<number | null>;
}

const MAIN = projectPath('dist', 'main.js');
const OUTPUT_KEPT = 20_000;

/**
 * `npm start` in a child process, on a free port, with its own embedded Neo4j in a temporary store
 * (seeded on start). A child, so that a crash shows as its exit and not as the script's own.
 */
export async function spawnLocalServer(progress: (line: string) => void, env: Record<string, string> = {}): Promise<LocalServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-local-'));
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      TREATY_GRAPH_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // The tools send thousands of requests from one address to measure the server, not its
      // per-client budget, which would refuse most of them.
      TREATY_GRAPH_BUDGET: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout.on('data', keep);
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      keep(chunk);
      seen += chunk.toString();
      let newline: number;
      while ((newline = seen.indexOf('\n')) !== -1) {
        const line = seen.slice(0, newline);
        seen = seen.slice(newline + 1);
        progress(line);
        const ready = /GraphQL ready at (\S+)/.exec(line);
        if (ready !== null) resolve(ready[1]!.replace('//localhost:', '//127.0.0.1:'));
      }
    });
    void exit.then((code) => reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    pid: child.pid!,
    alive: () => !exited,
    output: () => output,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      const code = await exit;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** `--name value` pairs of the command line. */
export function parseArgs(argv: string[], known: readonly string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i]!.replace(/^--/, '');
    if (!argv[i]!.startsWith('--') || !known.includes(name) || argv[i + 1] === undefined) {
      throw new Error(`usage: ${known.map((k) => `[--${k} VALUE]`).join(' ')}`);
    }
    args.set(name, argv[i + 1]!);
    i += 1;
  }
  return args;
}

/** A whole number argument within bounds: the scripts are bounded in count and time by construction. */
export function intArg(args: Map<string, string>, name: string, fallback: number, min: number, max: number): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(`--${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}
