import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { projectPath } from '../src/paths.js';

/**
 * What a process that starts with `src/production-mode.ts` (as `src/main.ts` and the bench do) gets
 * from graphql-js, loaded after it: its NODE_ENV, and whether graphql-js chose its production
 * `instanceOf` (the plain operator) over the one that also hunts for a second copy of itself.
 */
function modeAfterImport(nodeEnv: string | undefined): { nodeEnv: string; plainInstanceOf: boolean } {
  const script = `
    await import(${JSON.stringify(pathToFileURL(projectPath('src', 'production-mode.ts')).href)});
    const { createRequire } = await import('node:module');
    const require = createRequire(${JSON.stringify(pathToFileURL(projectPath('package.json')).href)});
    const { instanceOf } = require('graphql/jsutils/instanceOf.js');
    console.log(JSON.stringify({ nodeEnv: process.env.NODE_ENV, plainInstanceOf: !instanceOf.toString().includes('realm') }));
  `;
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { nodeEnv: string; plainInstanceOf: boolean };
}

describe('production mode', () => {
  it('is the default, and graphql-js loaded after it runs in it', () => {
    expect(modeAfterImport(undefined)).toEqual({ nodeEnv: 'production', plainInstanceOf: true });
  });

  it("keeps the operator's NODE_ENV", () => {
    expect(modeAfterImport('development')).toEqual({ nodeEnv: 'development', plainInstanceOf: false });
  });
});
