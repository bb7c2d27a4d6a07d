import type { BuildInputs } from './research.js';
import type { SeedMaps } from './seed-maps.js';

export function addEvidence(_maps: SeedMaps, _inputs: BuildInputs): void {}
