import { it } from 'node:test';
import assert from 'node:assert/strict';
import { latestOnly } from '../../src/lib/latest-only.ts';

/** A task that records the state it saw and waits until released. */
function gatedTask(state: { value: string }) {
  const seen: string[] = [];
  let release: () => void = () => {};
  const task = () =>
    new Promise<void>((resolve) => {
      seen.push(state.value);
      release = resolve;
    });
  return { seen, task, release: () => release() };
}

it('runs the task once more after it ends, for the latest of the calls that came meanwhile', async () => {
  const state = { value: 'r' };
  const { seen, task, release } = gatedTask(state);
  const events: string[] = [];
  const run = latestOnly(task, { overtaken: () => events.push('overtaken'), idle: () => events.push('idle') });
  const first = run();
  for (const value of ['re', 'ret', 'rete', 'reten']) {
    state.value = value;
    await run(); // returns at once: the search for "r" is still running
  }
  assert.deepEqual(seen, ['r']);
  assert.deepEqual(events, ['overtaken', 'overtaken', 'overtaken', 'overtaken']);
  release();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(seen, ['r', 'reten'], 'one more run, for the latest state');
  release();
  await first;
  assert.deepEqual(events.at(-1), 'idle');
  assert.equal(events.filter((e) => e === 'idle').length, 1);
});

it('runs at once when idle, and is idle again after a task that throws', async () => {
  let runs = 0;
  const idle: number[] = [];
  const run = latestOnly(
    async () => {
      runs++;
      if (runs === 1) throw new Error('index failed to load');
    },
    { idle: () => idle.push(runs) },
  );
  await assert.rejects(run(), /index failed to load/);
  await run();
  assert.equal(runs, 2);
  assert.deepEqual(idle, [1, 2]);
});
