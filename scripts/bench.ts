/**
 * `npm run bench -- [--policies N] [--runs R] [--seed S] [--only <step>]`
 * Benchmarks the site. Each step is one entry of STEPS, so other benchmarks (search, tagger)
 * are added as steps and run alone with `--only <name>`.
 *   build: builds the real policies (if any) and a synthetic corpus of N policies under .bench/
 *          (default: the real policies and N = 100), median of R runs (default 3: at N = 1000
 *          identical builds took 26 to 43 s within an hour on these machines); then one long policy
 *          of 65 short sections, for the policy-page budget.
 *   search: builds the real policies (or N synthetic ones) and, in Chromium, measures the bytes
 *           from opening the search page to the first results, and keystroke-to-results time
 *           once the index chunks are cached (median over 12 queries x R runs).
 *   tagger: topic classification speed on one core (median sections per second).
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from './bench/corpus.ts';
import { parseArgs } from 'node:util';
import { benchCorpus, buildOnce, kb, type Corpus } from './bench/build.ts';
import { runSearchBench } from './bench/search.ts';
import { runTaggerBench } from './bench-tagger.ts';
import { ensureBrowser } from './ensure-browser.ts';
import { DEFAULT_POLICIES_DIR } from '../src/lib/content-check.ts';

interface Options {
  policies: number | undefined;
  runs: number | undefined;
  seed: number;
}

interface BenchStep {
  readonly name: string;
  readonly description: string;
  readonly run: (options: Options) => void | Promise<void>;
}

const BENCH_DIR = path.resolve('.bench');

/** Sections of the long policy the build step also measures (real policies reach 60 and more). */
const LONG_POLICY_SECTIONS = 65;

const STEPS: readonly BenchStep[] = [
  {
    name: 'build',
    description: 'build time, pages and bytes per page type',
    run: ({ policies, runs, seed }) => {
      const corpora: Corpus[] = [];
      if (policies === undefined) corpora.push({ label: 'real policies', directory: path.resolve(DEFAULT_POLICIES_DIR) });
      const count = policies ?? 100;
      corpora.push({ label: `${count} synthetic policies`, directory: path.join(BENCH_DIR, `corpus-${count}`), synthetic: { count, seed } });
      // Deleted after every timed build (see benchCorpus).
      const leftovers = corpora.flatMap((corpus) => benchCorpus(corpus, runs ?? 3, BENCH_DIR));
      // A policy page's weight beside its own text grows with its sections: one long policy of many short
      // sections, the hardest case for the policy-page budget (built once; its time is not the point).
      const long: Corpus = { label: `one policy of ${LONG_POLICY_SECTIONS} sections`, directory: path.join(BENCH_DIR, 'corpus-long'), synthetic: { count: 1, seed, sections: LONG_POLICY_SECTIONS - 1 } };
      leftovers.push(...benchCorpus(long, 1, BENCH_DIR));
      if (leftovers.length > 0) console.log(`… deleting ${leftovers.length} earlier build folders`);
      for (const folder of leftovers) rmSync(folder, { recursive: true, force: true });
    },
  },
  {
    name: 'search',
    description: 'bytes to the first results, keystroke-to-results time',
    run: async ({ policies, runs, seed }) => {
      const corpus: Corpus =
        policies === undefined
          ? { label: 'real policies', directory: path.resolve(DEFAULT_POLICIES_DIR) }
          : { label: `${policies} synthetic policies`, directory: path.join(BENCH_DIR, `corpus-${policies}`), synthetic: { count: policies, seed } };
      // Before the build, so a machine without a browser says so at once.
      const browser = ensureBrowser();
      console.log(`… browser: ${browser.description}`);
      if (corpus.synthetic && !existsSync(corpus.directory)) writeCorpus(corpus.directory, corpus.synthetic.count, corpus.synthetic.seed);
      const work = path.join(BENCH_DIR, 'search-site');
      console.log(`… building ${corpus.label}`);
      buildOnce(corpus, work);
      console.log('… searching in Chromium');
      const result = await runSearchBench({ dist: path.join(work, 'dist'), browser, runs: runs ?? 3 });
      const sorted = [...result.keystrokeToResultsMs].sort((a, b) => a - b);
      console.log(`\n## search over ${corpus.label}`);
      console.log(`first query  ${kb(result.firstQueryBytes)} over the wire in ${result.firstQueryRequests} requests (page ${kb(result.firstQueryPageBytes)}, Pagefind ${kb(result.firstQueryBytes - result.firstQueryPageBytes)}); budget 150 KB: ${result.firstQueryBytes <= 150 * 1024 ? 'within' : 'OVER'}`);
      console.log(`keystroke to results, index cached: median ${result.medianMs.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms over ${sorted.length} searches; budget 100 ms: ${result.medianMs <= 100 ? 'within' : 'OVER'}`);
    },
  },
  {
    name: 'tagger',
    description: 'topic classification speed on one core',
    run: ({ runs }) => {
      const result = runTaggerBench({ runs: runs ?? 7 });
      console.log(`\n## tagger`);
      console.log(`median ${result.medianSectionsPerSecond.toLocaleString('en-US')} sections/s (${result.medianMicrosecondsPerSection} µs per section), ${result.runs} runs of ${result.sectionsPerRun.toLocaleString('en-US')} sections; budget ${result.budgetSectionsPerSecond.toLocaleString('en-US')}/s: ${result.withinBudget ? 'within' : 'OVER'}`);
    },
  },
];

const USAGE = `usage: npm run bench -- [--policies N] [--runs R] [--seed S] [--only ${STEPS.map((s) => s.name).join('|')}]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: { policies: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) fail(`--${name} must be a positive whole number, got "${value}"`);
  return number;
};
const options: Options = { policies: positive('policies', values.policies), runs: positive('runs', values.runs), seed: positive('seed', values.seed) ?? 1 };
const steps = values.only ? STEPS.filter((s) => s.name === values.only) : STEPS;
if (steps.length === 0) fail(`unknown step "${values.only}"`);

for (const step of steps) {
  const started = performance.now();
  console.log(`\n▶ bench ${step.name}: ${step.description}`);
  await step.run(options);
  console.log(`✔ bench ${step.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
