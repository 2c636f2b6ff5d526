/**
 * Measures the topic classifier against the labeled sections in tests/fixtures/topics:
 * per-topic precision, recall, F1 and support, micro and macro F1, and primary-topic accuracy,
 * for every labeled set in tests/fixtures/topics: the dev set (labeled.jsonl, which the lexicon was
 * tuned on), the held-out set (holdout.jsonl, labeled before tuning and never tuned on), the
 * independent set (independent.jsonl, labeled by a second engineer) and any other *.jsonl there.
 *
 * Usage: node scripts/eval-topics.ts [--errors] [file.jsonl ...]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySection } from '../src/lib/classify.ts';
import { TOPIC_SLUGS, isTopicSlug, type TopicSlug } from '../src/lib/taxonomy.ts';

export interface LabeledSection {
  readonly id: string;
  readonly heading?: string;
  readonly text: string;
  /** Primary topic first. */
  readonly topics: readonly TopicSlug[];
}

export interface TopicMetrics {
  readonly topic: TopicSlug;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Sections labeled with the topic. */
  readonly support: number;
}

export interface EvalError {
  readonly id: string;
  readonly heading: string;
  readonly expected: readonly TopicSlug[];
  readonly predicted: readonly TopicSlug[];
}

export interface EvalReport {
  readonly sections: number;
  readonly perTopic: readonly TopicMetrics[];
  readonly microF1: number;
  readonly macroF1: number;
  readonly primaryAccuracy: number;
  readonly errors: readonly EvalError[];
}

export const DEV_SET = fileURLToPath(new URL('../tests/fixtures/topics/labeled.jsonl', import.meta.url));
export const HOLDOUT_SET = fileURLToPath(new URL('../tests/fixtures/topics/holdout.jsonl', import.meta.url));
export const INDEPENDENT_SET = fileURLToPath(new URL('../tests/fixtures/topics/independent.jsonl', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../tests/fixtures/topics/', import.meta.url));

/** Every labeled set in the fixture directory, dev and holdout first, then the rest by name. */
export function labeledSets(): { readonly name: string; readonly path: string }[] {
  const order = (file: string) => ['labeled.jsonl', 'holdout.jsonl', 'independent.jsonl'].indexOf(file);
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.jsonl'));
  files.sort((a, b) => (order(a) === -1 ? 99 : order(a)) - (order(b) === -1 ? 99 : order(b)) || a.localeCompare(b));
  const names: Record<string, string> = { 'labeled.jsonl': 'dev', 'holdout.jsonl': 'holdout', 'independent.jsonl': 'independent' };
  return files.map((file) => ({ name: `${names[file] ?? file.replace(/\.jsonl$/, '')} (${file})`, path: join(FIXTURE_DIR, file) }));
}

export function loadLabeled(path: string): LabeledSection[] {
  const sections: LabeledSection[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${path}:${index + 1}`;
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`);
    const { id, heading, text, topics } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof text !== 'string') throw new Error(`${where}: needs string "id" and "text"`);
    if (heading !== undefined && heading !== null && typeof heading !== 'string') throw new Error(`${where}: "heading" must be a string or null`);
    if (!Array.isArray(topics) || topics.length === 0 || !topics.every((t) => typeof t === 'string' && isTopicSlug(t))) {
      throw new Error(`${where}: "topics" must be a non-empty list of topic slugs`);
    }
    sections.push({ id, text, topics: topics as TopicSlug[], ...(typeof heading === 'string' ? { heading } : {}) });
  });
  return sections;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluate(sections: readonly LabeledSection[]): EvalReport {
  const truePositives = new Map<TopicSlug, number>();
  const falsePositives = new Map<TopicSlug, number>();
  const falseNegatives = new Map<TopicSlug, number>();
  const bump = (map: Map<TopicSlug, number>, topic: TopicSlug) => map.set(topic, (map.get(topic) ?? 0) + 1);
  let primaryRight = 0;
  const errors: EvalError[] = [];

  for (const section of sections) {
    const predicted = classifySection({ heading: section.heading, text: section.text }).map((s) => s.topic);
    const expected = new Set(section.topics);
    const got = new Set(predicted);
    for (const topic of got) bump(expected.has(topic) ? truePositives : falsePositives, topic);
    for (const topic of expected) if (!got.has(topic)) bump(falseNegatives, topic);
    const primaryOk = predicted[0] === section.topics[0];
    if (primaryOk) primaryRight++;
    const setOk = expected.size === got.size && [...expected].every((t) => got.has(t));
    if (!primaryOk || !setOk) {
      errors.push({ id: section.id, heading: section.heading ?? '', expected: section.topics, predicted });
    }
  }

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perTopic: TopicMetrics[] = [];
  for (const topic of TOPIC_SLUGS) {
    const t = truePositives.get(topic) ?? 0;
    const p = falsePositives.get(topic) ?? 0;
    const n = falseNegatives.get(topic) ?? 0;
    tp += t;
    fp += p;
    fn += n;
    const precision = ratio(t, t + p);
    const recall = ratio(t, t + n);
    perTopic.push({ topic, precision, recall, f1: harmonic(precision, recall), support: t + n });
  }
  const scored = perTopic.filter((m) => m.support > 0);
  return {
    sections: sections.length,
    perTopic,
    microF1: harmonic(ratio(tp, tp + fp), ratio(tp, tp + fn)),
    macroF1: scored.reduce((sum, m) => sum + m.f1, 0) / Math.max(1, scored.length),
    primaryAccuracy: ratio(primaryRight, sections.length),
    errors,
  };
}

export function formatReport(name: string, report: EvalReport, withErrors: boolean): string {
  const fixed = (n: number) => n.toFixed(3);
  const lines = [`${name}: ${report.sections} sections`, `  ${'topic'.padEnd(16)} precision  recall     f1  support`];
  for (const m of report.perTopic) {
    lines.push(`  ${m.topic.padEnd(16)} ${fixed(m.precision).padStart(9)} ${fixed(m.recall).padStart(7)} ${fixed(m.f1).padStart(6)} ${String(m.support).padStart(8)}`);
  }
  lines.push(`  micro F1 ${fixed(report.microF1)}   macro F1 ${fixed(report.macroF1)}   primary accuracy ${fixed(report.primaryAccuracy)}`);
  if (withErrors) {
    lines.push(`  misclassified (${report.errors.length}):`);
    for (const e of report.errors) {
      lines.push(`    ${e.id} "${e.heading}": expected ${e.expected.join(',')}; got ${e.predicted.join(',')}`);
    }
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const withErrors = argv.includes('--errors');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--errors');
  if (argv.includes('--help') || unknown.length > 0) {
    console.log('usage: node scripts/eval-topics.ts [--errors] [file.jsonl ...]');
    process.exit(argv.includes('--help') ? 0 : 2);
  }
  const files = argv.filter((a) => !a.startsWith('-'));
  const targets = files.length > 0 ? files.map((f) => ({ name: f, path: f })) : labeledSets();
  const reports = targets.map(({ name, path }) => ({ name, report: evaluate(loadLabeled(path)) }));
  const blocks = reports.map(({ name, report }) => formatReport(name, report, withErrors));
  if (reports.length > 1) {
    const fixed = (n: number) => n.toFixed(3);
    const width = Math.max(...reports.map((r) => r.name.length));
    blocks.push(['summary', ...reports.map(({ name, report }) => `  ${name.padEnd(width)}  micro F1 ${fixed(report.microF1)}  macro F1 ${fixed(report.macroF1)}  primary ${fixed(report.primaryAccuracy)}  (${report.sections})`)].join('\n'));
  }
  console.log(blocks.join('\n\n'));
}

if (import.meta.main) main(process.argv.slice(2));
