/**
 * The build benchmark: builds a policy set (the real policies, or a synthetic corpus under
 * `.bench/`) with POLICIES_DIR, OUT_DIR and CACHE_DIR pointing outside the project's own, times
 * it, and measures the output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus, markdownFiles } from './corpus.ts';
import { measureSite, PAGE_TYPES, POLICY_JS_BUDGET, type SiteMeasure } from './measure.ts';
import { median } from './stats.ts';

export interface Corpus {
  readonly label: string;
  /** Folder of policy Markdown; written first for synthetic corpora. */
  readonly directory: string;
  /** N generated policies; `sections` fixes each one's section count (default 10–30). */
  readonly synthetic?: { count: number; seed: number; sections?: number };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Where a build's time went, read from Astro's log (seconds; undefined where a line is missing):
 * the content sync (parsing, sections, topics), bundling, page generation, and how long the
 * search index took from the start of bundling (it is built beside both).
 */
export interface BuildPhases {
  readonly sync?: number | undefined;
  readonly bundle?: number | undefined;
  readonly pages?: number | undefined;
  readonly search?: number | undefined;
}

export function buildPhases(log: string): BuildPhases {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  /** The first match's duration in seconds; patterns capture a number and its unit (ms or s). */
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(plain);
    return match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : undefined;
  };
  return {
    sync: seconds(/\[types\] Generated ([\d.]+)(ms|s)\b/),
    bundle: seconds(/\[vite\] ✓ built in ([\d.]+)(ms|s)\b/),
    pages: seconds(/^\S+ ✓ Completed in ([\d.]+)(ms|s)\.$/m),
    search: seconds(/Indexed [\d,]+ sections? of [\d,]+ polic(?:y|ies) (?:beside the build \(|in )(\d+) (ms)/),
  };
}

/** Minutes after which a bench build is taken to have hung (a build of 1,000 policies takes under one). */
const BUILD_TIMEOUT_MINUTES = 15;

/** One cold build (no previous output or cache, as in CI): its time in seconds and phases. */
export function buildOnce(corpus: Corpus, work: string): { seconds: number; phases: BuildPhases } {
  rmSync(work, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // A build that never exits (seen once in a test build, after an error) stops the bench with a message.
    timeout: BUILD_TIMEOUT_MINUTES * 60_000,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      POLICIES_DIR: corpus.directory,
      OUT_DIR: path.join(work, 'dist'),
      CACHE_DIR: path.join(work, 'cache'),
    },
  });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    throw new Error(
      timedOut
        ? `build of ${corpus.label} did not finish within ${BUILD_TIMEOUT_MINUTES} min and was stopped`
        : `build of ${corpus.label} failed (exit ${result.status ?? result.signal})`,
    );
  }
  return { seconds: (performance.now() - started) / 1000, phases: buildPhases(result.stdout + result.stderr) };
}

export function report(label: string, times: number[], site: SiteMeasure, phases: readonly BuildPhases[] = []): void {
  const runs = times.length === 1 ? '1 run' : `median of ${times.length} runs: ${times.map((t) => t.toFixed(1)).join(', ')} s`;
  console.log(`\n## ${label}`);
  console.log(`build time   ${median(times).toFixed(1)} s (${runs})`);
  if (phases.length > 0) {
    const phase = (key: keyof BuildPhases) => {
      const values = phases.map((p) => p[key]).filter((v): v is number => v !== undefined);
      return values.length === 0 ? '?' : `${median(values).toFixed(1)} s`;
    };
    console.log(`  phases     content sync ${phase('sync')}, bundling ${phase('bundle')}, pages ${phase('pages')}; search index ${phase('search')} (beside bundling and pages)`);
  }
  console.log(`pages        ${site.pages} HTML pages, ${site.files} files, ${mb(site.totalBytes)} in all`);
  console.log(`largest page ${site.largest.file} (${kb(site.largest.bytes)})`);
  console.log(`\n| page type | pages | HTML raw | HTML gzip | gzip / page | CSS raw | CSS gzip | JS raw | JS gzip |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const type of PAGE_TYPES) {
    const t = site.byType[type];
    if (t.pages === 0) continue;
    console.log(`| ${type} | ${t.pages} | ${kb(t.htmlRaw)} | ${kb(t.htmlGz)} | ${kb(t.htmlGz / t.pages)} | ${kb(t.cssRaw)} | ${kb(t.cssGz)} | ${kb(t.jsRaw)} | ${kb(t.jsGz)} |`);
  }
  const wire = site.policyWire;
  if (wire.length > 0) {
    const over = wire.filter((w) => w.total > w.budget);
    const jsOver = wire.filter((w) => w.js > POLICY_JS_BUDGET);
    const worst = wire.reduce((a, b) => (b.total - b.budget > a.total - a.budget ? b : a));
    console.log(`\npolicy page over the wire (gzip, HTML + CSS + JS before interaction) vs budget (own gzipped text + 12 KB):`);
    console.log(`  median ${kb(median(wire.map((w) => w.total)))} vs ${kb(median(wire.map((w) => w.budget)))}; tightest ${worst.slug}: ${kb(worst.total)} (HTML ${kb(worst.html)} + CSS ${kb(worst.css)} + JS ${kb(worst.js)}) vs ${kb(worst.budget)}`);
    console.log(`  ${over.length === 0 ? 'all within budget' : `${over.length} of ${wire.length} OVER budget`}; JS ${kb(Math.max(...wire.map((w) => w.js)))} max (budget ${kb(POLICY_JS_BUDGET)})${jsOver.length ? ' OVER' : ''}`);
  }
}

/**
 * Builds and measures one corpus: `runs` builds (median reported), each into a folder of its own
 * under `<benchDir>/<label>/`, the last kept for inspection. Returns the folders to delete once
 * nothing more is timed: output is never deleted just before a timed build, because on these
 * machines (ext4 without a journal, which passes over recently freed inodes for about 30 s)
 * creating the next build's files right after deleting the last build's took 1.5 to 2 s longer
 * (measured at N = 1000), which would time the clean-up rather than the build.
 */
export function benchCorpus(corpus: Corpus, runs: number, benchDir: string): string[] {
  const work = path.join(benchDir, corpus.label.replace(/[^a-z0-9]+/gi, '-'));
  const leftovers: string[] = [];
  if (existsSync(work)) {
    const old = `${work}.old-${process.pid}`;
    renameSync(work, old);
    leftovers.push(old);
  }
  if (corpus.synthetic) {
    console.log(`… ${corpus.label}: writing ${corpus.synthetic.count} synthetic policies to ${corpus.directory}`);
    const { words } = writeCorpus(corpus.directory, corpus.synthetic.count, corpus.synthetic.seed, corpus.synthetic.sections);
    console.log(`  ${words.toLocaleString('en-US')} words`);
  } else if (!existsSync(corpus.directory) || markdownFiles(corpus.directory).length === 0) {
    console.log(`… ${corpus.label}: no policies in ${corpus.directory}, skipped`);
    return leftovers;
  }
  const times: number[] = [];
  const phases: BuildPhases[] = [];
  let last = '';
  for (let run = 1; run <= runs; run++) {
    console.log(`… ${corpus.label}: build ${run} of ${runs}`);
    if (last) leftovers.push(last);
    last = path.join(work, `run-${run}`);
    const build = buildOnce(corpus, last);
    times.push(build.seconds);
    phases.push(build.phases);
    console.log(`  ${build.seconds.toFixed(1)} s`);
  }
  console.log(`… ${corpus.label}: measuring ${path.join(last, 'dist')}`);
  const site = measureSite(path.join(last, 'dist'), process.env['BASE'] ?? '/', (n) => console.log(`  ${n} pages measured`));
  report(corpus.label, times, site, phases);
  return leftovers;
}
