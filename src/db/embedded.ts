import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectPath } from '../paths.js';

/** The Maven project of the Java launcher, beside src/ and dist/. */
export const LAUNCHER_DIR = projectPath('neo4j-embedded');
const MAIN_CLASS = 'org.treatygraph.embedded.Main';
/** Touched once Maven has built the launcher and fetched Neo4j's jars; newer than the sources it was built from. */
export const LAUNCHER_BUILT_MARKER = path.join(LAUNCHER_DIR, 'target/lib/.complete');
const MIN_JAVA = 17;

/** Neo4j 5 on Java 17 reaches into these JDK internals; without them it refuses to start. */
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

export interface EmbeddedOptions {
  storeDir: string;
  /** 0 picks a free port. */
  port: number;
  heap?: string;
  pageCache?: string;
  transactionTimeoutSeconds?: number;
  /** Where progress lines go (the first start downloads Neo4j). */
  progress?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The Bolt port it listens on: the one asked for, or the free one picked for port 0. */
  port: number;
  version: string;
  pid: number;
  /** Settles when the JVM has exited, however it ended, saying how ("killed by SIGKILL", "exit code 1"). */
  exited: Promise<string>;
  /** Ends a JVM that no longer answers; the store recovers on the next start as after a crash. */
  kill(): void;
  /** Shuts Neo4j down cleanly (bounded: a JVM that takes over 30 s is killed). */
  stop(): Promise<void>;
}

function javaMajorVersion(): number {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error !== undefined) {
    throw new EmbeddedNeo4jError(
      `Java ${MIN_JAVA}+ is needed to run the embedded Neo4j, and "java" was not found on PATH (or set NEO4J_URI to use another Neo4j)`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const major = match === null ? NaN : Number(match[1] === '1' ? match[2] : match[1]);
  if (!Number.isFinite(major)) {
    throw new EmbeddedNeo4jError(`could not read the Java version from "java -version": ${probe.stderr.trim()}`);
  }
  return major;
}

function newestMtime(paths: string[]): number {
  return Math.max(...paths.map((p) => (existsSync(p) ? statSync(p).mtimeMs : Infinity)));
}

/** Builds the launcher and fetches the Neo4j jars when they are missing or older than the sources. */
export function ensureLauncherBuilt(progress: (line: string) => void = () => {}): void {
  const major = javaMajorVersion();
  if (major < MIN_JAVA) {
    throw new EmbeddedNeo4jError(`Java ${MIN_JAVA}+ is needed to run the embedded Neo4j; "java" is version ${major}`);
  }
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/org/treatygraph/embedded/Main.java')];
  if (existsSync(LAUNCHER_BUILT_MARKER) && statSync(LAUNCHER_BUILT_MARKER).mtimeMs >= newestMtime(sources)) return;

  progress('Building the embedded Neo4j launcher (the first time, Maven downloads Neo4j: about 120 MB)...');
  const build = spawnSync('mvn', ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (build.error !== undefined) {
    throw new EmbeddedNeo4jError('Maven ("mvn") is needed to fetch the embedded Neo4j and was not found on PATH');
  }
  if (build.status !== 0) {
    const output = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new EmbeddedNeo4jError(`Maven could not build the embedded Neo4j launcher:\n${output}`);
  }
  mkdirSync(path.dirname(LAUNCHER_BUILT_MARKER), { recursive: true });
  spawnSync('touch', [LAUNCHER_BUILT_MARKER]);
  progress('Embedded Neo4j launcher built.');
}

/**
 * Starts Neo4j in a child JVM and resolves once Bolt accepts connections.
 * The JVM exits when our end of its stdin closes, so it dies with this process even on SIGKILL.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const progress = options.progress ?? (() => {});
  ensureLauncherBuilt(progress);
  mkdirSync(options.storeDir, { recursive: true });

  const classpath = [path.join(LAUNCHER_DIR, 'target/classes'), path.join(LAUNCHER_DIR, 'target/lib/*')].join(path.delimiter);
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--home',
    options.storeDir,
    '--port',
    String(options.port),
    '--pagecache',
    options.pageCache ?? '256m',
    '--tx-timeout-seconds',
    String(options.transactionTimeoutSeconds ?? 30),
  ];
  progress(`Starting embedded Neo4j (store: ${options.storeDir})...`);
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal === null ? `exit code ${code}` : `killed by ${signal}`)),
  );
  const { port, version } = await waitForReady(child, options, stderrTail);
  progress(`Neo4j ${version} ready on bolt://127.0.0.1:${port}`);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    version,
    pid: child.pid!,
    exited,
    kill: () => child.kill('SIGKILL'),
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, options: EmbeddedOptions, stderrTail: string[]): Promise<{ port: number; version: string }> {
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`embedded Neo4j did not become ready within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    const settle = (action: () => void): void => {
      clearTimeout(timer);
      action();
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^READY (\d+) (\S+)/.exec(line);
      if (ready !== null) {
        settle(() => resolve({ port: Number(ready[1]), version: ready[2]! }));
      } else if (line.startsWith('FAILED ')) {
        settle(() => reject(new EmbeddedNeo4jError(explainFailure(line.slice(7), options))));
      }
    });
    child.once('error', (error) => settle(() => reject(new EmbeddedNeo4jError(`could not start java: ${error.message}`))));
    child.once('exit', (code, signal) =>
      settle(() =>
        reject(
          new EmbeddedNeo4jError(`embedded Neo4j exited before it was ready (${signal ?? `exit code ${code}`}):\n${stderrTail.join('\n')}`),
        ),
      ),
    );
  });
}

function explainFailure(reason: string, options: EmbeddedOptions): string {
  if (/BindException|Address already in use/i.test(reason)) {
    return `port ${options.port} is already in use; set another port or stop what holds it (${reason})`;
  }
  if (/lock/i.test(reason)) {
    return `the store ${options.storeDir} is in use by another Neo4j process (${reason})`;
  }
  return `embedded Neo4j failed to start: ${reason}`;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.stdin?.end();
  });
}
