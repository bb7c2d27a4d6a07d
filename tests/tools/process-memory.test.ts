import { describe, expect, it } from 'vitest';

import { peakRssMiB, rssMiB, RssSampler } from '../../tools/process-memory.js';

describe.runIf(process.platform === 'linux')('process memory', () => {
  it('reads resident memory and its high-water mark from /proc', () => {
    const now = rssMiB('self')!;
    expect(now).toBeGreaterThan(1);
    expect(peakRssMiB('self')!).toBeGreaterThanOrEqual(now);
    expect(rssMiB(2 ** 30)).toBeUndefined();
  });

  it('samples the peak of a span of time, which holds memory touched during it', async () => {
    const sampler = new RssSampler('self', 5);
    const before = rssMiB('self')!;
    const block = Buffer.alloc(64 * 2 ** 20, 1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const peak = sampler.stop()!;
    expect(block[block.length - 1]).toBe(1);
    expect(peak).toBeGreaterThanOrEqual(before + 48);
  });
});
