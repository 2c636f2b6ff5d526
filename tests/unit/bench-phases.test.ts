import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPhases } from '../../scripts/bench/build.ts';

describe('bench: build phases from Astro\'s log', () => {
  it('reads seconds and milliseconds, and the search index built beside the build or from the export', () => {
    const log = [
      '04:32:15 [types] Generated 1.08s',
      '04:32:15 [build] ✓ Completed in 1.20s.',
      '04:32:16 [vite] ✓ built in 826ms',
      '04:32:16 ✓ Completed in 237ms.',
      '04:32:16 [build] ✓ Completed in 1.16s.',
      '04:32:16 [privacy-compare:pagefind] Indexed 68 sections of 4 policies beside the build (506 ms).',
    ].join('\n');
    assert.deepEqual(buildPhases(log), { sync: 1.08, bundle: 0.826, pages: 0.237, search: 0.506 });
    assert.equal(buildPhases('[privacy-compare:pagefind] Indexed 9 sections of 1 policies in 1500 ms.').search, 1.5);
    assert.equal(buildPhases('[privacy-compare:pagefind] Indexed 20,710 sections of 1,000 policies beside the build (29618 ms).').search, 29.618);
    assert.equal(buildPhases('[privacy-compare:pagefind] Indexed 1 section of 1 policy in 90 ms.').search, 0.09);
  });

  it('leaves a phase out when its line is missing, instead of guessing', () => {
    assert.deepEqual(buildPhases('no timings here'), { sync: undefined, bundle: undefined, pages: undefined, search: undefined });
  });
});

describe('bench: median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', async () => {
    const { median } = await import('../../scripts/bench/stats.ts');
    assert.equal(median([3.1, 1.2, 2.5]), 2.5);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
    assert.throws(() => median([]), /no values/);
  });
});
