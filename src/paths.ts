import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder: the nearest one above this module that holds package.json. Found rather
 * than fixed, so that the service (dist/), the tools (dist-tools/) and the tests (src/ through vite)
 * all find schema/, seeds/ and the embedded launcher wherever they were compiled to.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('treaty-graph: no package.json above the compiled code');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();

/** A path inside the project's folder. */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
