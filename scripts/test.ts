/**
 * `npm test`: every suite, in order, with a progress line for each step and one closing count.
 *   1. unit tests (node:test)
 *   2. type check (astro check, strictest tsconfig)
 *   3. a production build of the site
 *   4. site checks on that build and on fixture builds (node:test)
 *   5. the browser check (installs Debian's chromium where it can)
 *   6. end-to-end tests (Playwright) against the build
 * Stops at the first failing step. Pass `--skip-build` to reuse an existing dist/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { TEST_BUILDS } from '../tests/support/build.ts';

const skipBuild = process.argv.includes('--skip-build');
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };

interface StepOptions {
  readonly capture?: boolean;
  /** Minutes after which the step is stopped as hung (default 30: every step takes a few minutes). */
  readonly minutes?: number;
  /** Run a step that hung once more before failing (a build: Astro has been seen, rarely, never to exit after an error). */
  readonly retry?: boolean;
}

function step(label: string, command: string, args: string[], options: StepOptions = {}): string {
  const t0 = Date.now();
  const minutes = options.minutes ?? 30;
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  let result = run();
  if (timedOut() && options.retry) {
    console.error(`✖ ${label} did not finish within ${minutes} min and was stopped; running it again.`);
    result = run();
  }
  function run() {
    return spawnSync(command, args, {
      stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: minutes * 60_000,
      killSignal: 'SIGKILL',
    });
  }
  function timedOut(): boolean {
    return (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  }
  const output = options.capture ? (result.stdout ?? '') : '';
  if (options.capture) process.stdout.write(output);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (timedOut()) {
    console.error(`✖ ${label} did not finish within ${minutes} min and was stopped.`);
    finish(1);
  }
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s (exit ${result.status ?? result.signal}).`);
    finish(1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
  return output;
}

function finish(code: number): never {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nAll suites took ${minutes} min.`);
  if (code === 0) console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

const node = process.execPath;

/** Runs node:test files and adds their counts to the totals. */
function nodeTests(label: string, pattern: string): void {
  const output = step(label, node, ['--test', '--test-reporter=spec', pattern], { capture: true });
  const count = (name: string) => Number(new RegExp(`^ℹ ${name} (\\d+)`, 'm').exec(output)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail');
  totals.skipped += count('skipped');
}

nodeTests('unit tests', 'tests/unit/**/*.test.ts');
step('type check', node, ['node_modules/astro/bin/astro.mjs', 'check']);
if (!skipBuild) step('build', node, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], { minutes: 5, retry: true });
// The site checks' fixture builds start from an empty folder.
rmSync(TEST_BUILDS, { recursive: true, force: true });
nodeTests('site checks', 'tests/site/**/*.test.ts');
step('browser', node, ['scripts/ensure-browser.ts']);
rmSync('test-results/e2e.json', { force: true });
step('end-to-end tests', node, ['node_modules/@playwright/test/cli.js', 'test']);
const report = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
totals.passed += report.stats.expected + report.stats.flaky;
totals.failed += report.stats.unexpected;
totals.skipped += report.stats.skipped;
finish(totals.failed === 0 ? 0 : 1);
