import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { EmbeddedNeo4jError, JVM_FLAGS, LAUNCHER_DIR, ensureLauncherBuilt } from './embedded.js';

export interface OfflineImportOptions {
  /** The embedded store (its home directory), which must not hold a database yet. */
  storeDir: string;
  /** Typed CSV files, each with its own header line (see src/ingest/import-csv.ts). */
  nodes: readonly string[];
  relationships: readonly string[];
  arrayDelimiter: string;
  heap?: string;
  /** Memory for the importer's own structures outside the heap (default 1G, not its 90% of free RAM: the machine is shared). */
  offHeap?: string;
  /**
   * Whether the JVM should compile with its quick compiler only: for an import of seconds the optimising
   * compiler spends more CPU than its code saves (at 100k nodes: about 20 s of CPU with it, 11 s
   * without), for one of minutes it pays (at 1M nodes: 57 s with it, 89 s without).
   */
  quickCompiler?: boolean;
  /** Told the importer's process id once it runs, for whoever measures its CPU. */
  onStart?: (pid: number) => void;
  progress?: (line: string) => void;
}

export interface OfflineImportResult {
  ms: number;
  /** The importer's closing lines (counts, peak memory). */
  summary: string[];
}

/** Where the embedded launcher keeps the default database under its home directory. */
export function databaseDir(storeDir: string): string {
  return path.join(storeDir, 'data', 'databases', 'neo4j');
}

/**
 * Writes CSV into an empty embedded store with Neo4j's offline importer (`neo4j-admin database import
 * full`, in the launcher's jars), before the embedded Neo4j first starts on it. It builds the store
 * files directly, with no transactions: constraints and indexes are created afterwards, by the
 * migrations, over the imported nodes. Any bad row (a relationship to a missing id, a repeated id, a
 * value that does not parse) fails the whole import and leaves no database behind.
 */
export async function importIntoEmptyStore(options: OfflineImportOptions): Promise<OfflineImportResult> {
  ensureLauncherBuilt(options.progress);
  const target = databaseDir(options.storeDir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new EmbeddedNeo4jError(`the store ${options.storeDir} already holds a database: an offline import only fills an empty one`);
  }
  mkdirSync(options.storeDir, { recursive: true });
  // The admin tool reads neo4j.conf from NEO4J_CONF; the launcher configures Neo4j in code, so an empty one will do.
  const conf = mkdtempSync(path.join(options.storeDir, 'import-conf-'));
  writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...(options.quickCompiler === true ? ['-XX:TieredStopAtLevel=1'] : []),
    ...JVM_FLAGS,
    '-cp',
    path.join(LAUNCHER_DIR, 'target/lib/*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--id-type=string',
    `--array-delimiter=${options.arrayDelimiter}`,
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--max-off-heap-memory=${options.offHeap ?? '1G'}`,
    `--report-file=${path.join(conf, 'import.report')}`,
    ...options.nodes.map((file) => `--nodes=${file}`),
    ...options.relationships.map((file) => `--relationships=${file}`),
  ];
  const started = performance.now();
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: options.storeDir, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) options.onStart?.(child.pid);
  const tail: string[] = [];
  const keep = (line: string): void => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stdout }).on('line', keep);
  createInterface({ input: child.stderr }).on('line', keep);
  const outcome = await new Promise<string | undefined>((resolve) => {
    child.once('error', (error) => resolve(`could not start java: ${error.message}`));
    child.once('exit', (code, signal) => resolve(code === 0 ? undefined : (signal ?? `exit code ${code}`)));
  });
  rmSync(conf, { recursive: true, force: true });
  if (outcome !== undefined) {
    // What a failed import wrote is unusable; the store stays as empty as it was.
    rmSync(target, { recursive: true, force: true });
    rmSync(path.join(options.storeDir, 'data', 'transactions', 'neo4j'), { recursive: true, force: true });
    throw new EmbeddedNeo4jError(`the offline import failed (${outcome}):\n${tail.slice(-15).join('\n')}`);
  }
  const done = tail.findIndex((line) => line.startsWith('IMPORT DONE'));
  return { ms: performance.now() - started, summary: done < 0 ? [] : tail.slice(done).filter((line) => line.trim() !== '') };
}
