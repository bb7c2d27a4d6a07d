import type { Database } from '../db/database.js';
import { applyPlan, type ApplyOptions, type ApplySummary } from './apply.js';
import { planGraph } from './plan.js';
import { readSeeds } from './read.js';
import { projectPath } from '../paths.js';

export const SEEDS_DIR = projectPath('seeds');

/** Validates every seed record first, then writes the graph in one transaction (MERGE on ids). */
export async function seedGraph(db: Database, options: ApplyOptions & { dir?: string } = {}): Promise<ApplySummary> {
  const plan = planGraph(readSeeds(options.dir ?? SEEDS_DIR));
  return applyPlan(db, plan, options);
}

/** True when the graph holds no entity yet: the first start seeds, later starts reuse the store. */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ any: boolean }>('RETURN EXISTS { MATCH (:Entity) } AS any');
  return row?.any !== true;
}

export function formatSummary(summary: ApplySummary, heading = 'Seed summary:'): string {
  const list = (counts: Record<string, number | undefined>): string =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `${key} ${n}`)
      .join(', ') || 'none';
  return [
    summary.dryRun ? 'Dry run: nothing was written. Would change:' : heading,
    `  nodes created: ${list(summary.nodesCreated)}`,
    `  nodes updated: ${list(summary.nodesUpdated)}`,
    `  nodes unchanged: ${summary.nodesUnchanged}`,
    `  relationships created: ${list(summary.relationshipsCreated)}`,
    `  relationships updated: ${summary.relationshipsUpdated}, unchanged: ${summary.relationshipsUnchanged}`,
    ...(summary.dryRun
      ? []
      : [summary.release ? `  release: ${summary.release.id} (${summary.release.hash})` : '  release: none (nothing changed)']),
  ].join('\n');
}
