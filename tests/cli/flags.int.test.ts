import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * The built CLIs (npm test builds first) with a mistyped flag: each stops before it connects to
 * anything, names the flag and exits 2. NEO4J_URI points where nothing listens: a CLI that went on
 * would fail differently (exit 1, a connection error).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

function run(cli: string, args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [`dist/cli/${cli}.js`, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, NEO4J_URI: 'bolt://127.0.0.1:9', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('every CLI refuses flags it does not know', () => {
  it.each([
    ['seed', ['--dryrun'], '--dryrun'],
    ['import', ['seeds', '--dryrun'], '--dryrun'],
    ['export', ['--format', 'csv', '--treatyy', 'treaty:un-cybercrime-convention'], '--treatyy'],
    ['print-schema', ['--out', 'schema.graphql'], '--out'],
  ])('%s %j', (cli, args, flag) => {
    const { status, stderr } = run(cli, args);
    expect(stderr).toContain(`Unknown option '${flag}'`);
    expect(stderr).toContain('usage:');
    expect(status).toBe(2);
  });
});
