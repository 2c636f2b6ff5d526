/**
 * Benchmarks the topic classifier on one core: the labeled sections (dev and holdout, a mix of
 * short and long, headed and unheaded) repeated to a realistic batch, several timed runs after
 * a warm-up. Reports the median sections per second and microseconds per section.
 *
 * Usage: node scripts/bench-tagger.ts [--sections N] [--runs N]
 * The budget is 20,000 sections/second; the script exits 1 when the median falls below it.
 */
import { classifySection, type SectionInput } from '../src/lib/classify.ts';
import { DEV_SET, HOLDOUT_SET, loadLabeled } from './eval-topics.ts';
import { median } from './bench/stats.ts';

export const TAGGER_BUDGET_SECTIONS_PER_SECOND = 20_000;

export interface TaggerBenchOptions {
  /** Sections classified per run (default 50,000). */
  readonly sections?: number;
  /** Timed runs, after one untimed warm-up run (default 5). */
  readonly runs?: number;
}

export interface TaggerBenchResult {
  readonly sectionsPerRun: number;
  readonly runs: number;
  readonly medianSectionsPerSecond: number;
  readonly medianMicrosecondsPerSection: number;
  /** Every run's sections per second, in run order. */
  readonly sectionsPerSecond: readonly number[];
  readonly budgetSectionsPerSecond: number;
  readonly withinBudget: boolean;
}

export function runTaggerBench(options: TaggerBenchOptions = {}): TaggerBenchResult {
  const total = options.sections ?? 50_000;
  const runs = options.runs ?? 5;
  const corpus: SectionInput[] = [...loadLabeled(DEV_SET), ...loadLabeled(HOLDOUT_SET)].map((s) => ({
    heading: s.heading,
    text: s.text,
  }));
  const batch = Array.from({ length: total }, (_, i) => corpus[i % corpus.length] as SectionInput);

  let sink = 0; // keeps the work observable so it cannot be optimized away
  const classifyAll = () => {
    for (const section of batch) sink += classifySection(section).length;
  };
  classifyAll(); // warm-up: JIT and caches

  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    classifyAll();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(total / seconds);
  }
  if (sink === 0) throw new Error('benchmark classified nothing');

  const medianRate = median(rates);
  return {
    sectionsPerRun: total,
    runs,
    medianSectionsPerSecond: Math.round(medianRate),
    medianMicrosecondsPerSection: Math.round((1e6 / medianRate) * 100) / 100,
    sectionsPerSecond: rates.map(Math.round),
    budgetSectionsPerSecond: TAGGER_BUDGET_SECTIONS_PER_SECOND,
    withinBudget: medianRate >= TAGGER_BUDGET_SECTIONS_PER_SECOND,
  };
}

function readCount(argv: readonly string[], flag: string): number | undefined {
  const index = argv.indexOf(flag);
  if (index === -1) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${flag} needs a positive whole number\nusage: node scripts/bench-tagger.ts [--sections N] [--runs N]`);
    process.exit(2);
  }
  return value;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const sections = readCount(argv, '--sections');
  const runs = readCount(argv, '--runs');
  const result = runTaggerBench({ ...(sections === undefined ? {} : { sections }), ...(runs === undefined ? {} : { runs }) });
  console.log(
    `tagger: ${result.medianSectionsPerSecond.toLocaleString('en-US')} sections/s median ` +
      `(${result.medianMicrosecondsPerSection} µs/section; ${result.runs} runs of ${result.sectionsPerRun.toLocaleString('en-US')}; ` +
      `runs: ${result.sectionsPerSecond.join(', ')}) budget ${result.budgetSectionsPerSecond.toLocaleString('en-US')}/s: ` +
      (result.withinBudget ? 'ok' : 'TOO SLOW'),
  );
  if (!result.withinBudget) process.exit(1);
}
