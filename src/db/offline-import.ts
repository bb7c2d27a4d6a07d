import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { EmbeddedNeo4jError, JVM_FLAGS, LAUNCHER_BUILT_MARKER, LAUNCHER_DIR, ensureLauncherBuilt } from './embedded.js';

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
  await ensureImporterClassArchive(options.progress);
  return runImporter(options, existsSync(IMPORTER_CLASS_ARCHIVE) ? [`-XX:SharedArchiveFile=${IMPORTER_CLASS_ARCHIVE}`] : []);
}

/**
 * The importer's classes, parsed and verified once and mapped from this file by every later import
 * (the JVM's class-data sharing): at 100k facts an import then takes about 0.7 s less, of the 2 to 3 s
 * its JVM spends before the first row. The JVM checks that the archive matches itself and the jars; one
 * that does not is ignored, and the import only starts slower.
 */
export const IMPORTER_CLASS_ARCHIVE = path.join(LAUNCHER_DIR, 'target/importer-classes.jsa');

/**
 * Makes the importer's class archive, once per launcher build, from an import of a few synthetic rows
 * of every column type into a throwaway store. Without it (the JVM cannot write one) imports still run.
 */
export async function ensureImporterClassArchive(progress: (line: string) => void = () => {}): Promise<void> {
  ensureLauncherBuilt(progress);
  if (existsSync(IMPORTER_CLASS_ARCHIVE) && statSync(IMPORTER_CLASS_ARCHIVE).mtimeMs >= statSync(LAUNCHER_BUILT_MARKER).mtimeMs) return;
  progress("Archiving the offline importer's classes for faster imports (once per launcher build)...");
  const work = mkdtempSync(path.join(tmpdir(), 'treaty-graph-importer-classes-'));
  // Another process may be writing its own; each writes aside, and the last rename wins.
  const written = `${IMPORTER_CLASS_ARCHIVE}.${process.pid}`;
  try {
    const nodes = path.join(work, 'nodes.csv');
    const relationships = path.join(work, 'relationships.csv');
    writeFileSync(
      nodes,
      'id:ID,:LABEL,name:string,tags:string[],on:date,count:double,flag:boolean\n' +
        '"a",Entity\u001fSynthetic,"A","x\u001fy",2020-01-01,1.5,true\n"b",Entity\u001fSynthetic,"B",,,,\n',
    );
    writeFileSync(relationships, ':START_ID,:END_ID,:TYPE,note:string\n"a","b",SYNTHETIC,"n"\n');
    await runImporter(
      { storeDir: path.join(work, 'store'), nodes: [nodes], relationships: [relationships], arrayDelimiter: '\u001f', quickCompiler: true },
      [`-XX:ArchiveClassesAtExit=${written}`],
    );
    if (existsSync(written)) renameSync(written, IMPORTER_CLASS_ARCHIVE);
  } catch (error) {
    progress(
      `No class archive for the importer (imports start slower): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    rmSync(written, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

async function runImporter(options: OfflineImportOptions, jvmFlags: readonly string[]): Promise<OfflineImportResult> {
  const target = databaseDir(options.storeDir);
  mkdirSync(options.storeDir, { recursive: true });
  // The admin tool reads neo4j.conf from NEO4J_CONF; the launcher configures Neo4j in code, so an empty one will do.
  const conf = mkdtempSync(path.join(options.storeDir, 'import-conf-'));
  writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...(options.quickCompiler === true ? ['-XX:TieredStopAtLevel=1'] : []),
    ...jvmFlags,
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
