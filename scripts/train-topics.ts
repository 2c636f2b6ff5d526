/**
 * Trains the learned half of the topic classifier and writes its weights to
 * src/lib/classify/model-weights.ts (a generated module, committed).
 *
 * The model (see src/lib/classify/model.ts) is two linear heads over the features of
 * src/lib/classify/features.ts (stemmed body unigrams and bigrams, heading words kept apart and
 * down-weighted, a few shapes such as an email address):
 * - a softmax over the 16 topics, trained on the primary topic;
 * - one logistic regression per topic (one-vs-rest), trained on "the section covers this topic".
 * Both are L2-regularized and fitted by full-batch gradient descent with Nesterov momentum from zero
 * weights: deterministic, no randomness, no dependencies.
 *
 * Training data: every labeled set in tests/fixtures/topics except the sealed evaluation sets
 * (SEALED_SETS: realistic-b, -c, -e, -i and -o to -t), which are never read here.
 *
 * Settings are chosen by cross-validation on the training sets (each set predicted by a model trained on the
 * others; realistic-d, real policy text, predicted fold by fold): the model settings (DEFAULT_SETTINGS: L2
 * from 1e-5 to 1e-3, 400 or 600 steps, pruning 0.3 or 0.5, with or without heading-less copies,
 * first-sentence features, SET_WEIGHTS) were compared in earlier runs, recorded in
 * tests/fixtures/topics/README.md; `--cv` runs the blend grid (src/lib/classify/blend.ts) at those settings and
 * writes the blend that is best on the realistic sets. The cue classifier was tuned on several of the other
 * sets, so its cross-validated numbers there, and the blend's, are optimistic. Since realistic-l, -m and -n the
 * blend is chosen by `--validate` instead: on real text no model has seen, among blends that keep the pinned readings.
 *
 * Usage: node scripts/train-topics.ts [--validate [--verbose]] [--cv [--verbose] [--topic-adds] [--cache FILE | --from-cache FILE]] [--write]
 *   --validate    choose the blend on the validation sets (VALIDATION_SETS), predicted by a model trained without them;
 *                 the learned combiner for the primary topic (Blend.stack) is fitted on leave-one-set-out predictions
 *                 of the other training sets (on one worker thread per core) and kept if it does better there
 *   --cv          run the cross-validation grid and print it
 *   --topic-adds  then choose per-topic add thresholds (Blend.addByTopic) by cross-validation on the realistic sets
 *   --cache FILE  save the cross-validated predictions; --from-cache FILE reuses them (same data, same settings)
 *   --write       train on all training sets with the chosen settings and write the weights module
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyByCues, cueStrengths } from '../src/lib/classify.ts';
import { blendTopics, cueScore, STACK_FLOOR, stackScores, type Blend, type Stack } from '../src/lib/classify/blend.ts';
import { BLEND } from '../src/lib/classify/model-weights.ts';
import { HEADING_SCALE, sectionFeatures } from '../src/lib/classify/features.ts';
import { readSection } from '../src/lib/classify/heading.ts';
import { TOPIC_SLUGS } from '../src/lib/taxonomy.ts';
import { FIXTURE_DIR, loadLabeled, type LabeledSection } from './eval-topics.ts';

/** Never used for training or tuning: the honest estimates. */
export const SEALED_SETS = [
  'realistic-b.jsonl', 'realistic-c.jsonl', 'realistic-e.jsonl', 'realistic-i.jsonl',
  // Sealed after one trial round (training on them moved no sealed set and broke two unit hard cases; see README).
  'realistic-o.jsonl', 'realistic-p.jsonl', 'realistic-q.jsonl',
  // Sealed after the same trial (training on them moved the sealed sets within noise and broke a unit hard case; see README).
  'realistic-r.jsonl', 'realistic-s.jsonl', 'realistic-t.jsonl',
];
/**
 * Real-text sets held out while the blend is chosen (`--validate`: a model trained on every other training set
 * predicts them), then trained on like the others.
 */
const VALIDATION_SETS = ['realistic-l', 'realistic-m', 'realistic-n'];
const K = TOPIC_SLUGS.length;
const OUT = fileURLToPath(new URL('../src/lib/classify/model-weights.ts', import.meta.url));

export interface Settings {
  /** L2 strength, per example (the loss is averaged). */
  readonly l2: number;
  /** A feature must occur in at least this many training sections. */
  readonly minDf: number;
  /** Gradient steps. */
  readonly steps: number;
  /** Weights smaller than this (absolute) are dropped from the written module. */
  readonly prune: number;
}

export const DEFAULT_SETTINGS: Settings = { l2: 3e-5, minDf: 3, steps: 600, prune: 0.4 };

interface Example {
  readonly set: string;
  readonly section: LabeledSection;
  readonly primary: number;
  readonly topics: readonly number[];
  /** How much the example counts in the loss (SET_WEIGHTS). */
  readonly weight: number;
}

/** The sets of real policy text (the others are written in the style of real policies): the kind of text the classifier meets. */
const REAL_TEXT_SETS = ['realistic-d', 'realistic-f', 'realistic-g', 'realistic-h', 'realistic-j', 'realistic-k', ...VALIDATION_SETS];

/**
 * Sets that count more than once in training: the real-text sets count twice. Chosen with the realistic
 * cross-validation below for realistic-d (weight 1, 2 and 3 were within noise of each other, 2 slightly ahead on
 * both realistic sets) and for realistic-f; the later sets follow.
 */
export const SET_WEIGHTS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(REAL_TEXT_SETS.map((set) => [set, 2])),
  // For comparing weights by cross-validation: TOPIC_SET_WEIGHTS='{"realistic-f": 1}'.
  ...(JSON.parse(process.env['TOPIC_SET_WEIGHTS'] ?? '{}') as Record<string, number>),
};

interface Row {
  readonly idx: Int32Array;
  readonly val: Float64Array;
}

export interface Model {
  readonly vocab: readonly string[];
  /** vocab.length x K, row-major. */
  readonly primaryW: Float64Array;
  readonly primaryB: Float64Array;
  readonly memberW: Float64Array;
  readonly memberB: Float64Array;
}

function trainingExamples(): Example[] {
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.jsonl') && !SEALED_SETS.includes(f)).sort();
  const examples: Example[] = [];
  for (const file of files) {
    for (const labeled of loadLabeled(join(FIXTURE_DIR, file))) {
      // As the site reads it: a title at the start of a headless text is its heading (classify/heading.ts).
      const { heading, text } = readSection(labeled);
      const section: LabeledSection = heading === undefined ? labeled : { ...labeled, heading, text };
      const topics = section.topics.map((t) => TOPIC_SLUGS.indexOf(t));
      const set = file.replace(/\.jsonl$/, '');
      examples.push({ set, section, primary: topics[0] ?? 0, topics, weight: SET_WEIGHTS[set] ?? 1 });
    }
  }
  return examples;
}

function buildVocab(examples: readonly Example[], minDf: number): string[] {
  const df = new Map<string, number>();
  for (const { section } of examples) {
    for (const key of sectionFeatures(section.heading, section.text).keys) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return [...df].filter(([, n]) => n >= minDf).map(([k]) => k).sort();
}

/** Only the features in the vocabulary. */
function known(index: ReadonlyMap<string, number>, f: { keys: string[]; values: number[] }): { keys: string[]; values: number[] } {
  const keys: string[] = [];
  const values: number[] = [];
  f.keys.forEach((k, i) => {
    if (!index.has(k)) return;
    keys.push(k);
    values.push(f.values[i]!);
  });
  return { keys, values };
}

function toRows(examples: readonly Example[], vocab: readonly string[]): Row[] {
  const index = new Map(vocab.map((k, i) => [k, i]));
  return examples.map(({ section }) => {
    const f = known(index, sectionFeatures(section.heading, section.text));
    return { idx: Int32Array.from(f.keys.map((k) => index.get(k) ?? 0)), val: Float64Array.from(f.values) };
  });
}

/** Full-batch Nesterov gradient descent on both heads. */
function fit(rows: readonly Row[], examples: readonly Example[], vocabSize: number, s: Settings): Omit<Model, 'vocab'> {
  const n = rows.length;
  let totalWeight = 0;
  for (const e of examples) totalWeight += e.weight;
  const size = vocabSize * K;
  const heads = [0, 1].map(() => ({ w: new Float64Array(size), b: new Float64Array(K), vw: new Float64Array(size), vb: new Float64Array(K) }));
  const lr = 2;
  const momentum = 0.9;
  const z = new Float64Array(K);
  const gw = new Float64Array(size);
  const gb = new Float64Array(K);
  for (let head = 0; head < 2; head++) {
    const { w, b, vw, vb } = heads[head]!;
    const lookW = new Float64Array(size);
    const lookB = new Float64Array(K);
    for (let step = 0; step < s.steps; step++) {
      for (let i = 0; i < size; i++) lookW[i] = w[i]! + momentum * vw[i]!;
      for (let t = 0; t < K; t++) lookB[t] = b[t]! + momentum * vb[t]!;
      gw.fill(0);
      gb.fill(0);
      for (let r = 0; r < n; r++) {
        const { idx, val } = rows[r]!;
        const ex = examples[r]!;
        for (let t = 0; t < K; t++) z[t] = lookB[t]!;
        for (let j = 0; j < idx.length; j++) {
          const base = idx[j]! * K;
          const v = val[j]!;
          for (let t = 0; t < K; t++) z[t] = z[t]! + lookW[base + t]! * v;
        }
        if (head === 0) {
          let max = -Infinity;
          for (let t = 0; t < K; t++) max = Math.max(max, z[t]!);
          let sum = 0;
          for (let t = 0; t < K; t++) sum += (z[t] = Math.exp(z[t]! - max));
          for (let t = 0; t < K; t++) z[t] = z[t]! / sum - (t === ex.primary ? 1 : 0);
        } else {
          for (let t = 0; t < K; t++) z[t] = 1 / (1 + Math.exp(-z[t]!)) - (ex.topics.includes(t) ? 1 : 0);
        }
        if (ex.weight !== 1) for (let t = 0; t < K; t++) z[t] = z[t]! * ex.weight;
        for (let t = 0; t < K; t++) gb[t] = gb[t]! + z[t]!;
        for (let j = 0; j < idx.length; j++) {
          const base = idx[j]! * K;
          const v = val[j]!;
          for (let t = 0; t < K; t++) gw[base + t] = gw[base + t]! + z[t]! * v;
        }
      }
      for (let i = 0; i < size; i++) {
        const g = gw[i]! / totalWeight + s.l2 * lookW[i]!;
        vw[i] = momentum * vw[i]! - lr * g;
        w[i] = w[i]! + vw[i]!;
      }
      for (let t = 0; t < K; t++) {
        vb[t] = momentum * vb[t]! - lr * (gb[t]! / totalWeight);
        b[t] = b[t]! + vb[t]!;
      }
    }
  }
  return { primaryW: heads[0]!.w, primaryB: heads[0]!.b, memberW: heads[1]!.w, memberB: heads[1]!.b };
}

/**
 * Headed sections are also trained on without their heading: many real paragraphs have none, and the
 * model should read the body on its own too.
 */
function augment(examples: readonly Example[]): Example[] {
  const out = [...examples];
  for (const e of examples) {
    if (e.section.heading) out.push({ ...e, section: { id: e.section.id, text: e.section.text, topics: e.section.topics } });
  }
  return out;
}

export function train(original: readonly Example[], s: Settings): Model {
  const examples = augment(original);
  const vocab = buildVocab(examples, s.minDf);
  const heads = fit(toRows(examples, vocab), examples, vocab.length, s);
  // Small weights are dropped (the module stays small); cross-validation measures the pruned model.
  for (const w of [heads.primaryW, heads.memberW]) for (let i = 0; i < w.length; i++) if (Math.abs(w[i]!) < s.prune) w[i] = 0;
  return { vocab, ...heads };
}

/** Primary softmax and per-topic membership probabilities for one section. */
export function predict(model: Model, index: ReadonlyMap<string, number>, section: LabeledSection): { primary: Float64Array; member: Float64Array } {
  const f = known(index, sectionFeatures(section.heading, section.text));
  const zp = Float64Array.from(model.primaryB);
  const zm = Float64Array.from(model.memberB);
  f.keys.forEach((key, j) => {
    const base = (index.get(key) ?? 0) * K;
    const v = f.values[j]!;
    for (let t = 0; t < K; t++) {
      zp[t] = zp[t]! + model.primaryW[base + t]! * v;
      zm[t] = zm[t]! + model.memberW[base + t]! * v;
    }
  });
  let max = -Infinity;
  for (let t = 0; t < K; t++) max = Math.max(max, zp[t]!);
  let sum = 0;
  for (let t = 0; t < K; t++) sum += (zp[t] = Math.exp(zp[t]! - max));
  for (let t = 0; t < K; t++) {
    zp[t] = zp[t]! / sum;
    zm[t] = 1 / (1 + Math.exp(-zm[t]!));
  }
  return { primary: zp, member: zm };
}

// ---------------------------------------------------------------------------------------------
// The blend with the cue classifier (src/lib/classify/blend.ts).

interface Scored {
  readonly example: Example;
  readonly primary: Float64Array;
  readonly member: Float64Array;
  /** Cue strengths, and the cue classifier's chosen topics. */
  readonly cue: Float64Array;
  readonly cueTopics: readonly number[];
}

interface Metrics {
  micro: number;
  primary: number;
}

function score(items: readonly { expected: readonly number[]; got: readonly number[] }[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const { expected, got } of items) {
    for (const t of got) (expected.includes(t) ? tp++ : fp++);
    for (const t of expected) if (!got.includes(t)) fn++;
    if (got[0] === expected[0]) right++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { micro: p + r === 0 ? 0 : (2 * p * r) / (p + r), primary: right / Math.max(1, items.length) };
}

/**
 * Real policy text is split into this many folds instead of being held out whole: a model that never saw real
 * text says little about one trained on it. The sections are in policy order, so contiguous folds keep
 * each policy in one fold (but for the few that straddle a fold edge).
 */
const REAL_TEXT_FOLDS: Readonly<Record<string, number>> = Object.fromEntries(REAL_TEXT_SETS.map((set) => [set, 5]));

/** The cross-validation group of each example: its set, or a fold of a REAL_TEXT_FOLDS set. */
function cvGroups(examples: readonly Example[]): string[] {
  const sizes = new Map<string, number>();
  for (const e of examples) sizes.set(e.set, (sizes.get(e.set) ?? 0) + 1);
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const folds = REAL_TEXT_FOLDS[e.set];
    if (!folds) return e.set;
    const i = seen.get(e.set) ?? 0;
    seen.set(e.set, i + 1);
    return `${e.set}#${Math.floor((i * folds) / sizes.get(e.set)!)}`;
  });
}

/** What the blend reads of a section with this model: the model's two heads and the cue classifier's strengths and topics. */
function sectionReader(model: Model): (section: LabeledSection) => Omit<Scored, 'example'> {
  const index = new Map(model.vocab.map((k, i) => [k, i]));
  return (section) => {
    const { primary, member } = predict(model, index, section);
    const cueTopics = classifyByCues(section).map((t) => TOPIC_SLUGS.indexOf(t.topic));
    return { primary, member, cue: Float64Array.from(cueStrengths()), cueTopics };
  };
}

/**
 * Each group predicted by a model trained on all the others: leave-one-set-out, except that a REAL_TEXT_FOLDS set
 * is predicted fold by fold by models that were trained on its other folds too.
 */
function crossValidate(examples: readonly Example[], s: Settings): Scored[] {
  const groups = cvGroups(examples);
  const scored: Scored[] = [];
  for (const held of [...new Set(groups)]) {
    const read = sectionReader(train(examples.filter((_, i) => groups[i] !== held), s));
    for (const example of examples.filter((_, i) => groups[i] === held)) scored.push({ example, ...read(example.section) });
  }
  return scored;
}

function bySet(scored: readonly Scored[], pick: (s: Scored) => readonly number[]): string {
  const sets = [...new Set(scored.map((s) => s.example.set))];
  const parts = sets.map((set) => {
    const m = score(scored.filter((s) => s.example.set === set).map((s) => ({ expected: s.example.topics, got: pick(s) })));
    return `${set} ${m.micro.toFixed(3)}/${m.primary.toFixed(3)}`;
  });
  const all = score(scored.map((s) => ({ expected: s.example.topics, got: pick(s) })));
  return `all ${all.micro.toFixed(3)}/${all.primary.toFixed(3)} | ${parts.join('  ')}`;
}

function modelOnly(s: Scored, threshold: number): number[] {
  let best = 0;
  for (let t = 1; t < K; t++) if (s.primary[t]! > s.primary[best]!) best = t;
  const out = [best];
  const further: [number, number][] = [];
  for (let t = 0; t < K; t++) if (t !== best && s.member[t]! >= threshold) further.push([t, s.member[t]!]);
  further.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return [...out, ...further.slice(0, 3).map(([t]) => t)];
}

/** Cross-validated predictions saved to a file (`--cache FILE`) and read back (`--from-cache FILE`), to compare blends without retraining. */
function saveScored(path: string, scored: readonly Scored[]): void {
  const rows = scored.map((s) => ({ set: s.example.set, id: s.example.section.id, primary: [...s.primary], member: [...s.member], cue: [...s.cue], cueTopics: s.cueTopics }));
  writeFileSync(path, JSON.stringify(rows));
}

function loadScored(path: string, examples: readonly Example[]): Scored[] {
  const byKey = new Map(examples.map((e) => [`${e.set}/${e.section.id}`, e]));
  const rows = JSON.parse(readFileSync(path, 'utf8')) as { set: string; id: string; primary: number[]; member: number[]; cue: number[]; cueTopics: number[] }[];
  return rows.map((r) => {
    const example = byKey.get(`${r.set}/${r.id}`);
    if (!example) throw new Error(`cached prediction for an unknown section ${r.set}/${r.id}: rerun without --from-cache`);
    return { example, primary: Float64Array.from(r.primary), member: Float64Array.from(r.member), cue: Float64Array.from(r.cue), cueTopics: r.cueTopics };
  });
}

/** The blend before realistic-f (chosen by the previous round's --cv), and how far a new blend may lower a guarded set. */
const GUARD_REFERENCE: Blend = { primaryModel: 0.7, veto: 0.1, add: 0.6, addMinCue: 0.5, keepCue: 4 };
const GUARD_SLACK = 0.01;

/** Candidate per-topic add thresholds (1.01: the model never adds the topic on its own). */
const TOPIC_ADD_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01];
/** Candidate per-topic cue support for a model-added topic (undefined: the blend's addMinCue). */
const TOPIC_MIN_CUE_GRID = [undefined, 0, 0.25, 1];

/**
 * Per-topic add thresholds by coordinate ascent (two passes over the topics) on the cross-validated predictions:
 * a change is kept when it raises micro F1 on the `target` sets by more than 0.0005 and lowers no `guard` set's
 * micro F1 by more than `slack` (nor their pooled micro F1 by more than 0.001), and the blend keeps the pinned
 * readings. Further topics do not move the primary, so only micro F1 is compared.
 */
function chooseTopicAdds(
  scored: readonly Scored[],
  base: Blend,
  target: (x: Scored) => boolean,
  guard: (x: Scored) => boolean,
  keeps: (b: Blend) => boolean,
  slack = 0.003,
): Blend {
  const micro = (b: Blend, pick: (x: Scored) => boolean): number =>
    score(scored.filter(pick).map((x) => ({ expected: x.example.topics, got: blendTopics(x.primary, x.member, x.cue, x.cueTopics, b) }))).micro;
  const guardSets = [...new Set(scored.filter(guard).map((x) => x.example.set))];
  const guardOf = (b: Blend) => guardSets.map((set) => micro(b, (x) => x.example.set === set));
  const baseGuard = guardOf(base);
  const baseGuardAll = micro(base, guard);
  let best: Blend = { ...base, addByTopic: Array.from({ length: K }, () => base.add), addMinCueByTopic: Array.from({ length: K }, () => base.addMinCue) };
  let bestScore = micro(best, target);
  for (let pass = 0; pass < 2; pass++) {
    for (let t = 0; t < K; t++) {
      for (const [th, minCue] of TOPIC_ADD_GRID.flatMap((th) => TOPIC_MIN_CUE_GRID.map((c) => [th, c ?? base.addMinCue] as const))) {
        if (th === best.addByTopic![t] && minCue === best.addMinCueByTopic![t]) continue;
        const adds = [...best.addByTopic!];
        const minCues = [...best.addMinCueByTopic!];
        adds[t] = th;
        minCues[t] = minCue;
        const b = { ...best, addByTopic: adds, addMinCueByTopic: minCues };
        const s = micro(b, target);
        if (s <= bestScore + 0.0005) continue;
        const g = guardOf(b);
        if (g.some((v, i) => v < baseGuard[i]! - slack) || micro(b, guard) < baseGuardAll - 0.001 || !keeps(b)) continue;
        best = b;
        bestScore = s;
      }
    }
  }
  return best;
}

const describeAdds = (b: Blend): string =>
  Array.from({ length: K }, (_, t) => {
    const add = b.addByTopic?.[t] ?? b.add;
    const minCue = b.addMinCueByTopic?.[t] ?? b.addMinCue;
    if (add === b.add && minCue === b.addMinCue) return '';
    return `${TOPIC_SLUGS[t]} ${add}${minCue === b.addMinCue ? '' : ` (cue >= ${minCue})`}`;
  })
    .filter(Boolean)
    .join(', ') || 'none';

// ---------------------------------------------------------------------------------------------
// Writing the module.

const round = (x: number): string => {
  const r = Math.round(x * 100) / 100;
  return String(r).replace(/^(-?)0\./, '$1.');
};
/** Feature weights are written as whole multiples of 1 / WEIGHT_SCALE. */
const WEIGHT_SCALE = 20;

function writeModule(model: Model, s: Settings, blend: Blend, examples: readonly Example[], cvNote: string): number {
  const lines: string[] = [];
  let kept = 0;
  model.vocab.forEach((key, i) => {
    const part = (w: Float64Array): string => {
      const cells: string[] = [];
      for (let t = 0; t < K; t++) {
        const v = w[i * K + t]!;
        if (Math.abs(v) >= s.prune) cells.push(`${t.toString(16)}${Math.round(v * WEIGHT_SCALE)}`);
      }
      return cells.join(' ');
    };
    const p = part(model.primaryW);
    const m = part(model.memberW);
    if (!p && !m) return;
    kept++;
    lines.push(`${key}\t${p}\t${m}`);
  });
  const sets = [...new Set(examples.map((e) => e.set))].join(', ');
  const text = `/**
 * GENERATED by scripts/train-topics.ts (\`npm run train:topics\`); do not edit by hand.
 *
 * Weights of the learned topic model (src/lib/classify/model.ts): a softmax over the primary topic and
 * one-vs-rest logistic regressions for "covers this topic", over the features of features.ts
 * (heading scale ${HEADING_SCALE}). Trained on ${examples.length} labeled sections (${sets}); the sealed sets
 * ${SEALED_SETS.join(', ')} were not used. Settings: L2 ${s.l2}, min document frequency ${s.minDf},
 * ${s.steps} full-batch Nesterov steps from zero; weights below ${s.prune} dropped.
 * ${kept} of ${model.vocab.length} features kept.
 * Blend with the cue classifier (see train-topics.ts): ${cvNote}
 *
 * Format: one feature a line, "key<TAB>primary weights<TAB>membership weights"; a weight is the topic's
 * index in TOPIC_SLUGS in hex followed by the value times WEIGHT_SCALE, rounded ("311 a-8": topic 3 +0.55,
 * topic 10 -0.4).
 */
export const WEIGHT_SCALE = ${WEIGHT_SCALE};
export const PRIMARY_BIAS: readonly number[] = [${[...model.primaryB].map(round).join(', ')}];
export const MEMBER_BIAS: readonly number[] = [${[...model.memberB].map(round).join(', ')}];
export const BLEND = { ${blend.stack ? `stack: ${stackSource(blend.stack)}, ` : ''}primaryModel: ${blend.primaryModel}, veto: ${blend.veto}, add: ${blend.add}, addMinCue: ${blend.addMinCue}, keepCue: ${blend.keepCue}${blend.keepCueByTopic ? `, keepCueByTopic: [${blend.keepCueByTopic.join(', ')}]` : ''}${blend.addByTopic ? `, addByTopic: [${blend.addByTopic.join(', ')}]` : ''}${blend.addMinCueByTopic ? `, addMinCueByTopic: [${blend.addMinCueByTopic.join(', ')}]` : ''} } as const;
export const WEIGHTS = \`${lines.join('\n').replace(/[`\\$]/g, '')}\`;
`;
  writeFileSync(OUT, text);
  return text.length;
}

/**
 * Readings the unit tests pin (tests/unit/classify.test.ts): clause structure the cue classifier reads and the
 * model, which reads words, does not. A blend that loses any of them with the model trained on all the
 * training sets is not chosen, however it scores in cross-validation.
 */
const PINNED: readonly { readonly section: LabeledSection; readonly primary: string; readonly not?: string }[] = [
  { section: { id: 'pin-1', heading: 'Overseas disclosure', text: 'Some of our suppliers are overseas, in India and Singapore, and may see your personal information when they support our systems.', topics: [] }, primary: 'international' },
  { section: { id: 'pin-2', text: 'The courier receives only your name, delivery address and a contact number. Our drivers see the items in your order.', topics: [] }, primary: 'sharing' },
  { section: { id: 'pin-3', text: 'If you ask us to arrange a loan, we forward your application and income details to one or more lenders, who may obtain a credit report about you.', topics: [] }, primary: 'sharing' },
  { section: { id: 'pin-4', heading: 'Information from other platforms', text: 'When you give through a payroll giving scheme, the scheme shares your name and the amount with us.', topics: [] }, primary: 'collection', not: 'sharing' },
  { section: { id: 'pin-5', text: 'Lorem ipsum dolor sit amet.', topics: [] }, primary: 'other' },
  { section: { id: 'pin-6', text: '', topics: [] }, primary: 'other' },
  { section: { id: 'pin-7', text: 'Top of page. Image: logo.png', topics: [] }, primary: 'other' },
  { section: { id: 'pin-8', heading: 'Why do we ask for your phone number?', text: 'We ask for your phone number so we can text you when your repair is ready and call you if something looks wrong.', topics: [] }, primary: 'use' },
  { section: { id: 'pin-9', text: 'Loan records are held only until the item is returned, after which the link between you and the item is erased.', topics: [] }, primary: 'retention' },
];

/** Whether a blend keeps every pinned reading with this model. */
function pinnedCheck(model: Model): (b: Blend) => boolean {
  const lost = pinnedLost(model);
  return (b) => lost(b).length === 0;
}

/** The pinned readings a blend loses with this model (their ids). */
function pinnedLost(model: Model): (b: Blend) => string[] {
  const read = sectionReader(model);
  const pinned = PINNED.map((p) => ({ p, ...read(p.section) }));
  return (b) =>
    pinned
      .filter(({ p, primary, member, cue, cueTopics }) => {
        const got = blendTopics(primary, member, cue, cueTopics, b);
        return !(got[0] === TOPIC_SLUGS.indexOf(p.primary as never) && (!p.not || !got.includes(TOPIC_SLUGS.indexOf(p.not as never))));
      })
      .map(({ p }) => `${p.section.id} (${p.primary})`);
}

/**
 * Topics whose cue primary can rest on clause structure the model cannot read, as the pinned readings show:
 * recipients (sharing), places (international), "why" headings and use clauses (use), periods and "until"
 * (retention), and nothing at all (other). The grid tries keeping their cue primary more readily.
 */
const STRUCTURAL_TOPICS: readonly string[] = ['sharing', 'international', 'use', 'retention', 'other'];

// ---------------------------------------------------------------------------------------------
// The learned combiner for the primary topic (Blend.stack).

/** One example's predictions, as a worker thread sends them back (by index into `trainingExamples()`). */
interface OutOfFoldRow {
  readonly index: number;
  readonly primary: Float64Array;
  readonly member: Float64Array;
  readonly cue: Float64Array;
  readonly cueTopics: readonly number[];
}
interface OutOfFoldRequest {
  readonly kind: 'out-of-fold';
  /** The sets trained on and predicted: each of `held` by a model trained on the other sets of `pool`. */
  readonly pool: readonly string[];
  readonly held: readonly string[];
}

/** A worker thread's share of `outOfFold`: reports each set as it is done, then the rows. */
function outOfFoldPart({ pool, held }: OutOfFoldRequest): OutOfFoldRow[] {
  const examples = trainingExamples();
  const rows: OutOfFoldRow[] = [];
  for (const set of held) {
    const read = sectionReader(train(examples.filter((e) => pool.includes(e.set) && e.set !== set), DEFAULT_SETTINGS));
    examples.forEach((e, index) => {
      if (e.set === set) rows.push({ index, ...read(e.section) });
    });
    parentPort!.postMessage({ done: set });
  }
  return rows;
}

/**
 * Leave-one-set-out predictions over the sets in `pool`: each set predicted by a model trained on the other sets of
 * the pool (never on itself), on one worker thread per core. In `examples` order, so the result does not depend on
 * how the sets were shared out.
 */
async function outOfFold(examples: readonly Example[], pool: readonly string[]): Promise<Scored[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), pool.length));
  let done = 0;
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const request: OutOfFoldRequest = { kind: 'out-of-fold', pool, held: pool.filter((_, i) => i % threads === w) };
      return new Promise<OutOfFoldRow[]>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: request });
        worker.on('message', (message: { done: string } | OutOfFoldRow[]) => {
          if (Array.isArray(message)) resolve(message);
          else console.log(`  out-of-fold: ${message.done} predicted (${++done} of ${pool.length} sets)`);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`an out-of-fold worker stopped (exit code ${code}) before answering`)));
      });
    }),
  );
  const rows = parts.flat().sort((a, b) => a.index - b.index);
  return rows.map(({ index, ...read }) => ({ example: examples[index]!, ...read }));
}

/** Features of the stack, in the order of STACK_FEATURES, for one topic of a scored section (as `stackScores` reads them). */
const STACK_FEATURES = ['model', 'cue', 'cuePrimary', 'member', 'cueChosen'] as const;
function stackFeatures(x: Omit<Scored, 'example'>, t: number): number[] {
  return [
    Math.log(x.primary[t]! + STACK_FLOOR),
    cueScore(x.cue[t]!),
    t === x.cueTopics[0] ? 1 : 0,
    Math.log(x.member[t]! + STACK_FLOOR),
    x.cueTopics.includes(t) ? 1 : 0,
  ];
}
const STACK_L2 = 1e-3;
const STACK_STEPS = 3000;

/**
 * Fits the stack: a conditional logit over the primary topic (shared weights for the five features, a bias per
 * topic), weighted like training (SET_WEIGHTS), L2 STACK_L2 on all but the model's weight, full-batch Nesterov
 * steps from "the model alone" (model weight 1, the rest 0): deterministic. `scored` must be predictions for
 * sections the model had not seen (see `outOfFold`), or the fit trusts the model as much as it trusts its own
 * training data.
 */
function fitStack(scored: readonly Scored[]): Stack {
  const F = STACK_FEATURES.length;
  const P = F + K;
  const features = scored.map((x) => Float64Array.from(Array.from({ length: K }, (_, t) => stackFeatures(x, t)).flat()));
  const total = scored.reduce((sum, x) => sum + x.example.weight, 0);
  const w = new Float64Array(P);
  w[0] = 1;
  const velocity = new Float64Array(P);
  const look = new Float64Array(P);
  const z = new Float64Array(K);
  for (let step = 0; step < STACK_STEPS; step++) {
    const g = new Float64Array(P);
    for (let i = 0; i < P; i++) look[i] = w[i]! + 0.9 * velocity[i]!;
    scored.forEach((x, n) => {
      const f = features[n]!;
      let max = -Infinity;
      for (let t = 0; t < K; t++) {
        let v = look[F + t]!;
        for (let j = 0; j < F; j++) v += look[j]! * f[t * F + j]!;
        z[t] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let t = 0; t < K; t++) sum += (z[t] = Math.exp(z[t]! - max));
      const share = x.example.weight / total;
      for (let t = 0; t < K; t++) {
        const d = (z[t]! / sum - (t === x.example.primary ? 1 : 0)) * share;
        for (let j = 0; j < F; j++) g[j] = g[j]! + d * f[t * F + j]!;
        g[F + t] = g[F + t]! + d;
      }
    });
    for (let i = 0; i < P; i++) {
      const grad = g[i]! + (i === 0 ? 0 : STACK_L2 * look[i]!);
      velocity[i] = 0.9 * velocity[i]! - 0.5 * grad;
      w[i] = w[i]! + velocity[i]!;
    }
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const stack: Stack = { model: r(w[0]!), cue: r(w[1]!), cuePrimary: r(w[2]!), member: r(w[3]!), cueChosen: r(w[4]!), bias: Array.from(w.subarray(F), r) };
  // The classifier scores with `stackScores`: it must read the features as they were fitted.
  const out = new Float64Array(K);
  scored.forEach((x, n) => {
    stackScores(stack, x.primary, x.member, x.cue, x.cueTopics, out);
    for (let t = 0; t < K; t++) {
      let expected = stack.bias[t]!;
      STACK_FEATURES.forEach((name, j) => (expected += stack[name] * features[n]![t * F + j]!));
      if (Math.abs(expected - out[t]!) > 1e-9) throw new Error(`stackScores reads topic ${TOPIC_SLUGS[t]} of ${x.example.section.id} differently from the fit`);
    }
  });
  return stack;
}

function stackSource(stack: Stack): string {
  return `{ ${STACK_FEATURES.map((f) => `${f}: ${stack[f]}`).join(', ')}, bias: [${stack.bias.join(', ')}] }`;
}

/**
 * Each topic's keepCue on its own (two passes of coordinate ascent over 2, 3, 5, 8 and never), a change kept when it
 * raises the objective by more than 0.001 and keeps every pinned reading.
 */
function ascendKeepCue<B extends Blend & { readonly keepCueByTopic: readonly number[] }>(
  start: B,
  objective: (b: Blend) => number,
  keeps: (b: Blend) => boolean,
): { blend: B; score: number } {
  let blend = start;
  let score = objective(blend);
  for (let pass = 0; pass < 2; pass++) {
    for (let t = 0; t < K; t++) {
      for (const value of [2, 3, 5, 8, Infinity]) {
        if (value === blend.keepCueByTopic[t]) continue;
        const candidate = { ...blend, keepCueByTopic: blend.keepCueByTopic.map((v, i) => (i === t ? value : v)) };
        const s = objective(candidate);
        if (s > score + 0.001 && keeps(candidate)) {
          blend = candidate;
          score = s;
        }
      }
    }
  }
  return { blend, score };
}

/**
 * The blend with the best micro F1 + primary accuracy on the validation sets, predicted by a model trained on the
 * other training sets, among the blends that keep every pinned reading with that model and with the model trained
 * on all the sets. The per-topic add thresholds are kept from `base`.
 */
async function chooseOnValidation(examples: readonly Example[], base: Blend, verbose: boolean): Promise<{ blend: Blend; note: string }> {
  const held = (e: Example) => VALIDATION_SETS.includes(e.set);
  const model = train(examples.filter((e) => !held(e)), DEFAULT_SETTINGS);
  const lostHeldOut = pinnedLost(model);
  const lostFull = pinnedLost(train(examples, DEFAULT_SETTINGS));
  const lost = (b: Blend) => [...new Set([...lostHeldOut(b), ...lostFull(b)])];
  const keeps = (b: Blend) => lost(b).length === 0;
  const read = sectionReader(model);
  const scored: Scored[] = examples.filter(held).map((example) => ({ example, ...read(example.section) }));
  console.log(`validation: ${scored.length} sections of ${VALIDATION_SETS.join(', ')}, predicted by a model trained on the other ${examples.length - scored.length}`);
  const pick = (b: Blend) => (x: Scored) => blendTopics(x.primary, x.member, x.cue, x.cueTopics, b);
  const show = (b: Blend) => bySet(scored, pick(b));
  const objective = (b: Blend) => {
    const m = score(scored.map((x) => ({ expected: x.example.topics, got: pick(b)(x) })));
    return m.micro + m.primary;
  };
  console.log(`  cues only    ${bySet(scored, (x) => x.cueTopics)}`);
  console.log(`  committed    ${show(base)}`);
  let best: { objective: number; blend: Blend; line: string } | undefined;
  const { keepCueByTopic: _committed, stack: _stack, ...withoutKeepCues } = base;
  for (const primaryModel of [0.6, 0.7, 0.8, 0.9]) {
    for (const veto of [0.1, 0.2]) {
      for (const keepCue of [5, Infinity]) {
        for (const structural of [undefined, 2, 3]) {
          const keepCueByTopic = structural === undefined ? undefined : TOPIC_SLUGS.map((t) => (STRUCTURAL_TOPICS.includes(t) ? structural : keepCue));
          const b: Blend = { ...withoutKeepCues, primaryModel, veto, keepCue, ...(keepCueByTopic ? { keepCueByTopic } : {}) };
          const line = `p${primaryModel} veto ${veto} keepCue ${keepCue}${structural === undefined ? '' : ` (${STRUCTURAL_TOPICS.join(', ')}: ${structural})`}`;
          const ok = keeps(b);
          if (verbose) console.log(`  ${line.padEnd(58)} ${show(b)}${ok ? '' : '  (loses a pinned reading)'}`);
          if (!ok) continue;
          // On a tie the earlier (less model-heavy, simpler) blend wins.
          const value = objective(b);
          if (value > (best?.objective ?? -1) + 1e-9) best = { objective: value, blend: b, line: `${line}: ${show(b)}` };
        }
      }
    }
  }
  if (!best) throw new Error('no blend of the grid keeps every pinned reading');
  // Then each topic's keepCue on its own.
  const { blend: current, score: currentScore } = ascendKeepCue(
    { ...best.blend, keepCueByTopic: best.blend.keepCueByTopic ?? TOPIC_SLUGS.map(() => best!.blend.keepCue) },
    objective,
    keeps,
  );
  const perTopic = TOPIC_SLUGS.map((t, i) => `${t} ${current.keepCueByTopic[i]}`).join(', ');
  console.log(`  per-topic keepCue (${perTopic}): ${show(current)}`);
  if (currentScore > best.objective) best = { objective: currentScore, blend: current, line: `p${current.primaryModel} veto ${current.veto}, keepCue by the cue primary (${perTopic}): ${show(current)}` };

  // The learned combiner for the primary topic, fitted on the other training sets' leave-one-set-out predictions (no
  // validation section is read), then tried with the keepCue rule just chosen and without it.
  const pool = [...new Set(examples.map((e) => e.set))].filter((set) => !VALIDATION_SETS.includes(set));
  console.log(`  fitting the primary-topic combiner on leave-one-set-out predictions of ${pool.length} sets`);
  const stack = fitStack(await outOfFold(examples, pool));
  console.log(`  combiner: ${stackSource(stack)}`);
  const { keepCueByTopic: _chosen, ...noKeep } = best.blend;
  const alone: Blend = { ...noKeep, keepCue: Infinity, stack };
  const aloneLost = lost(alone);
  console.log(`  ${'combiner alone'.padEnd(58)} ${show(alone)}${aloneLost.length === 0 ? '' : `  (loses ${aloneLost.join(', ')})`}`);
  if (aloneLost.length === 0 && objective(alone) > best.objective + 1e-9) best = { objective: objective(alone), blend: alone, line: `combiner alone (further topics by p${alone.primaryModel} veto ${alone.veto}): ${show(alone)}` };
  // With the keepCue rule: each topic's keepCue chosen again, as above, from the one just chosen (which keeps the
  // pinned readings without the combiner).
  const { blend: stacked, score: stackedScore } = ascendKeepCue({ ...best.blend, stack, keepCueByTopic: current.keepCueByTopic }, objective, keeps);
  const perTopicStacked = TOPIC_SLUGS.map((t, i) => `${t} ${stacked.keepCueByTopic[i]}`).join(', ');
  const line = `combiner, then keepCue by the cue primary (${perTopicStacked})`;
  console.log(`  ${line}: ${show(stacked)}${keeps(stacked) ? '' : '  (loses a pinned reading)'}`);
  if (keeps(stacked) && stackedScore > best.objective + 1e-9) best = { objective: stackedScore, blend: stacked, line: `${line} (further topics by p${stacked.primaryModel} veto ${stacked.veto}): ${show(stacked)}` };
  return { blend: best.blend, note: `${best.line}, chosen by \`--validate\` on ${VALIDATION_SETS.join(', ')} (micro F1/primary), per-topic add thresholds kept from the previous \`--cv --topic-adds\`.` };
}

async function main(argv: readonly string[]): Promise<void> {
  const examples = trainingExamples();
  console.log(`training sections: ${examples.length} (${[...new Set(examples.map((e) => e.set))].join(', ')})`);
  // The blend last chosen by `--validate`, as committed in model-weights.ts (used by --write alone;
  // `npm run train:topics` chooses it again). Its per-topic add thresholds come from the last `--cv --topic-adds`,
  // before realistic-j to -n were trained on; the history of both is in tests/fixtures/topics/README.md.
  let blend: Blend = BLEND;

  let settings = DEFAULT_SETTINGS;
  let cvNote = 'the committed blend (BLEND), last chosen by `--validate` (see tests/fixtures/topics/README.md).';
  // The blend is chosen on the realistic sets only (paragraph-level text like the classifier meets: realistic-a,
  // written in that style, and realistic-d, -f, -g and -h, real policies). The other sets were written section by section and
  // the cue classifier was tuned on them, so their cross-validated numbers favour the cues.
  const realistic = (x: Scored) => x.example.set.startsWith('realistic-');
  let lastScored: Scored[] | undefined;
  let lastKeeps: ((b: Blend) => boolean) | undefined;
  if (argv.includes('--validate')) {
    const chosen = await chooseOnValidation(examples, blend, argv.includes('--verbose'));
    blend = chosen.blend;
    cvNote = chosen.note;
    console.log(`\nchosen: ${cvNote}`);
  }
  if (argv.includes('--cv')) {
    const grid: Settings[] = [];
    grid.push(DEFAULT_SETTINGS);
    let bestAll = -1;
    // When no blend passes the guard: the best one that keeps every pinned reading (the unit tests pin them).
    let fallback: { objective: number; blend: Blend; note: string } | undefined;
    for (const s of grid) {
      const keepsPinned = pinnedCheck(train(examples, s));
      const cacheAt = argv.indexOf('--from-cache');
      const scored = cacheAt >= 0 ? loadScored(argv[cacheAt + 1]!, examples) : crossValidate(examples, s);
      const saveAt = argv.indexOf('--cache');
      if (saveAt >= 0) saveScored(argv[saveAt + 1]!, scored);
      lastScored = scored;
      lastKeeps = keepsPinned;
      console.log(`\nl2 ${s.l2} minDf ${s.minDf} prune ${s.prune}`);
      console.log(`  cues only          ${bySet(scored, (x) => x.cueTopics)}`);
      for (const th of [0.3, 0.4, 0.5]) console.log(`  model only th ${th}  ${bySet(scored, (x) => modelOnly(x, th))}`);
      // Guard: a blend may not lower any set that is not real policy text (the authored sets, realistic-a among them)
      // by more than GUARD_SLACK micro F1 or primary accuracy against the previous blend (GUARD_REFERENCE). The realistic
      // objective is dominated by the real-text sets; without the guard it chose a blend that moved the primary to the
      // model more often and cost the dev set 0.015 and realistic-a 0.025 primary accuracy.
      const guardedSets = [...new Set(scored.map((x) => x.example.set))].filter((set) => !REAL_TEXT_FOLDS[set]);
      const perSet = (b: Blend) =>
        guardedSets.map((set) => score(scored.filter((x) => x.example.set === set).map((x) => ({ expected: x.example.topics, got: blendTopics(x.primary, x.member, x.cue, x.cueTopics, b) }))));
      const reference = perSet(GUARD_REFERENCE);
      const guarded = (b: Blend) => perSet(b).every((m, i) => m.micro >= reference[i]!.micro - GUARD_SLACK && m.primary >= reference[i]!.primary - GUARD_SLACK);
      for (const primaryModel of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
        for (const veto of [0, 0.05, 0.1]) {
          // On a tie the earlier entry wins: further topics backed by some cue strength first.
          for (const [add, addMinCue] of [[0.6, 0.5], [0.5, 0.5], [0.7, 0.5], [0.8, 0.5], [0.6, 1.5], [0.6, 0], [1.01, 0]] as const) {
            for (const keepCue of [Infinity, 3, 4, 5, 6, 8]) {
              const b = { primaryModel, veto, add, addMinCue, keepCue };
              const pick = (x: Scored) => blendTopics(x.primary, x.member, x.cue, x.cueTopics, b);
              const all = score(scored.filter(realistic).map((x) => ({ expected: x.example.topics, got: pick(x) })));
              const line = `  blend p${primaryModel} veto${veto} add${add} addMinCue${addMinCue} keepCue${keepCue}  ${bySet(scored, pick)}`;
              const pinnedKept = keepsPinned(b);
              const withinGuard = guarded(b);
              const keeps = pinnedKept && withinGuard;
              const why = [pinnedKept ? '' : 'loses a pinned reading', withinGuard ? '' : 'lowers a guarded set'].filter(Boolean).join(', ');
              if (argv.includes('--verbose')) console.log(`${line}${keeps ? '' : `  (${why})`}`);
              const objective = all.micro + all.primary;
              const noteOf = (why: string) =>
                `p${primaryModel} veto ${veto} add ${add} (cue strength >= ${addMinCue}) keepCue ${keepCue}, ${why}: micro F1 ${all.micro.toFixed(3)}, primary ${all.primary.toFixed(3)} over the realistic training sets; ${line.trim()}`;
              if (pinnedKept && objective > (fallback?.objective ?? -1)) {
                fallback = { objective, blend: b, note: noteOf('the best blend that keeps every pinned reading (none passes the guard)') };
              }
              if (keeps && objective > bestAll) {
                bestAll = objective;
                blend = b;
                settings = s;
                cvNote = noteOf(`l2 ${s.l2}`);
              }
            }
          }
        }
      }
    }
    if (bestAll < 0 && fallback) {
      blend = fallback.blend;
      cvNote = fallback.note;
    }
    console.log(`\nbest: ${cvNote}`);
    if (argv.includes('--topic-adds') && lastScored && lastKeeps) {
      // Per-topic add thresholds on top of the chosen blend: chosen on the realistic sets, guarded by the others.
      const scored = lastScored;
      const keeps = lastKeeps;
      const older = (x: Scored) => !realistic(x);
      const show = (b: Blend) => bySet(scored, (x) => blendTopics(x.primary, x.member, x.cue, x.cueTopics, b));
      // An honest check of the procedure: thresholds chosen on some real-text sets, measured on another.
      const checks = REAL_TEXT_SETS.map((set): [string, (x: Scored) => boolean] => [set, (x) => x.example.set === set]);
      for (const [name, held] of checks) {
        const chosen = chooseTopicAdds(scored, blend, (x) => realistic(x) && !held(x), older, keeps);
        const m = (b: Blend) => score(scored.filter(held).map((x) => ({ expected: x.example.topics, got: blendTopics(x.primary, x.member, x.cue, x.cueTopics, b) }))).micro;
        console.log(`  topic adds chosen without ${name} (${describeAdds(chosen)}): ${name} micro F1 ${m(blend).toFixed(3)} -> ${m(chosen).toFixed(3)}`);
      }
      const chosen = chooseTopicAdds(scored, blend, realistic, older, keeps);
      console.log(`  base        ${show(blend)}`);
      console.log(`  topic adds  ${show(chosen)}`);
      console.log(`  topic adds chosen on all realistic sets: ${describeAdds(chosen)}`);
      if (describeAdds(chosen) !== 'none') {
        blend = chosen;
        cvNote += ` Per-topic add thresholds (${describeAdds(chosen)}), chosen by cross-validation on the realistic sets without lowering the others: ${show(chosen)}`;
      }
    }
  }
  if (argv.includes('--write')) {
    const model = train(examples, settings);
    const bytes = writeModule(model, settings, blend, examples, cvNote);
    console.log(`wrote ${OUT}: ${bytes} bytes, vocabulary ${model.vocab.length}`);
  }
}

if (!isMainThread && (workerData as OutOfFoldRequest | undefined)?.kind === 'out-of-fold') {
  parentPort!.postMessage(outOfFoldPart(workerData as OutOfFoldRequest));
} else if (import.meta.main) {
  await main(process.argv.slice(2));
}
