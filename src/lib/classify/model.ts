/**
 * The learned half of the topic classifier: two linear models over the features of `features.ts`,
 * with weights trained offline by scripts/train-topics.ts and committed in `model-weights.ts`.
 *
 * - primary: a softmax over the 16 topics, "what is this section mainly about";
 * - membership: one logistic regression per topic, "does this section cover the topic".
 *
 * Deterministic, no network; the weights are parsed once at module load into sparse rows, and a section
 * is read in one pass over its words: each word's stem and its model entry are cached, and a bigram is
 * looked up from the previous word's entry, so no feature strings are built. `referenceFeatures` (tests)
 * checks that this reads exactly the features the training script's `sectionFeatures` produces.
 * `scoreModel` leaves the section's features behind so that `modelEvidence` can name the words that pushed
 * a topic up.
 */
import { HEADING_SCALE, HEADING_TOKEN, shapeFeatures, stem, type Words } from './features.ts';
import { MEMBER_BIAS, PRIMARY_BIAS, WEIGHT_SCALE, WEIGHTS } from './model-weights.ts';

const K = PRIMARY_BIAS.length;

/** Words that say nothing to a reader on their own; a phrase of only these is not shown as evidence. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a about all also an and any are as at be been but by can could do does for from ha has have how if in into is it its ' +
    'may might must no not of on or other our s shall should so some such than that the their them then there these they ' +
    'thi this those to under upon us was we were what when where whether which while who why will with would you your').split(' '),
);

interface Entry {
  /** Number of the stem, for bigram keys. */
  readonly id: number;
  /** Row of the stem as a body unigram, -1 when the model has none. */
  row: number;
  /** Whether some bigram starts with this stem. */
  starts: boolean;
  /** Whether some bigram ends with this stem (a bigram is looked up only when both hold). */
  ends: boolean;
}

/** Bigram rows by `first id * BIGRAM_KEY + second id`, collected at load, then put in BIGRAM_TABLE. */
const bigramRows = new Map<number, number>();
/** Known stems are counted first (see below), so keys stay small integers. */
let BIGRAM_KEY = 0;

const rowKeys: string[] = [];
const entries = new Map<string, Entry>();
const headingRows = new Map<string, number>();
const shapeRows = new Map<string, number>();
// Sparse rows: cells rowStart[r]..rowStart[r+1]; a cell's target is a topic (0..K-1, primary) or K + topic (membership).
const rowStart: number[] = [0];
const cellTarget: number[] = [];
const cellWeight: number[] = [];

const entryOf = (stemmed: string): Entry => {
  let entry = entries.get(stemmed);
  if (!entry) {
    entry = { id: entries.size, row: -1, starts: false, ends: false };
    entries.set(stemmed, entry);
  }
  return entry;
};

function parseCells(cells: string, offset: number): void {
  if (!cells) return;
  for (const cell of cells.split(' ')) {
    cellTarget.push(offset + parseInt(cell[0] ?? '0', 16));
    cellWeight.push(Number(cell.slice(1)) / WEIGHT_SCALE);
  }
}

const WEIGHT_LINES = WEIGHTS.split('\n');
for (const line of WEIGHT_LINES) {
  const key = line.slice(0, line.indexOf('\t'));
  if (key && !key.startsWith('h:') && !key.startsWith('#')) for (const part of key.split(' ')) entryOf(part);
}
BIGRAM_KEY = entries.size;
for (const line of WEIGHT_LINES) {
  const [key, primary = '', member = ''] = line.split('\t');
  if (!key) continue;
  const row = rowKeys.length;
  rowKeys.push(key);
  parseCells(primary, 0);
  parseCells(member, K);
  rowStart.push(cellTarget.length);
  if (key.startsWith('h:')) headingRows.set(key.slice(2), row);
  else if (key.startsWith('#')) shapeRows.set(key, row);
  else {
    const space = key.indexOf(' ');
    if (space === -1) entryOf(key).row = row;
    else {
      const first = entryOf(key.slice(0, space));
      first.starts = true;
      const second = entryOf(key.slice(space + 1));
      second.ends = true;
      bigramRows.set(first.id * BIGRAM_KEY + second.id, row);
    }
  }
}
// An open-addressing hash table for the bigram rows (a lookup per word pair is the model's hottest spot).
const BIGRAM_BITS = Math.max(4, Math.ceil(Math.log2(Math.max(1, bigramRows.size) * 2)) + 1);
const BIGRAM_MASK = (1 << BIGRAM_BITS) - 1;
const BIGRAM_TABLE_KEYS = new Int32Array(1 << BIGRAM_BITS).fill(-1);
const BIGRAM_TABLE_ROWS = new Int32Array(1 << BIGRAM_BITS);
const bigramSlot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - BIGRAM_BITS);
for (const [key, row] of bigramRows) {
  let slot = bigramSlot(key);
  while (BIGRAM_TABLE_KEYS[slot] !== -1) slot = (slot + 1) & BIGRAM_MASK;
  BIGRAM_TABLE_KEYS[slot] = key;
  BIGRAM_TABLE_ROWS[slot] = row;
}

/** The row of a bigram key, -1 when the model has none. */
function bigramRow(key: number): number {
  for (let slot = bigramSlot(key); ; slot = (slot + 1) & BIGRAM_MASK) {
    const found = BIGRAM_TABLE_KEYS[slot] as number;
    if (found === key) return BIGRAM_TABLE_ROWS[slot] as number;
    if (found === -1) return -1;
  }
}

const ROW_START = Int32Array.from(rowStart);
const CELL_TARGET = Int32Array.from(cellTarget);
const CELL_WEIGHT = Float64Array.from(cellWeight);
/** Per row: 1 when the feature can be quoted as evidence (not only function words, not a length shape). */
const TELLING = Uint8Array.from(
  rowKeys.map((key) => {
    if (key === '#email' || key === '#phone' || key === '#url') return 1;
    if (key.startsWith('#') || key === 'h:#none') return 0;
    return key.replace(/^h:/, '').split(' ').some((w) => w.length > 1 && !FUNCTION_WORDS.has(w)) ? 1 : 0;
  }),
);
/** Per row: the call that last counted it (binary features count once per section). */
const stamp = new Int32Array(rowKeys.length);
let call = 0;

/** Per surface word: its stem's entry (null: the model knows nothing about the stem). */
const wordCache = new Map<string, Entry | null>();
const WORD_CACHE_LIMIT = 50_000;

/** A word's entry in the model, for a caller that caches per word what it knows (see `scoreModel`). */
export type ModelWord = Readonly<Entry> | null;

/** The model's entry for a surface word (not cached here; `entryOfWord` is the cached form). */
export const modelWordOf = (word: string): ModelWord => entries.get(stem(word)) ?? null;

function entryOfWord(word: string): Entry | null {
  let entry = wordCache.get(word);
  if (entry === undefined) {
    entry = entries.get(stem(word)) ?? null;
    if (wordCache.size < WORD_CACHE_LIMIT) wordCache.set(word, entry);
  }
  return entry;
}

/** Per heading word: its row as a heading feature, -1 for none. */
const headingCache = new Map<string, number>();

function headingRowOf(word: string): number {
  let row = headingCache.get(word);
  if (row === undefined) {
    row = headingRows.get(stem(word)) ?? -1;
    if (headingCache.size < WORD_CACHE_LIMIT) headingCache.set(word, row);
  }
  return row;
}

export interface ModelScores {
  /** Softmax probability that each topic (taxonomy order) is the primary one. */
  readonly primary: Float64Array;
  /** Probability that the section covers each topic. */
  readonly member: Float64Array;
}

const sums = new Float64Array(2 * K);
const primaryOut = new Float64Array(K);
const memberOut = new Float64Array(K);
// The features of the last section scored, for evidence.
const lastRows: number[] = [];
let lastBodyValue = 0;
let lastHeadingValue = 0;
const lastWhere: number[] = [];
const lastStart: number[] = [];
const lastEnd: number[] = [];
let lastCount = 0;
// Evidence candidates of the last section: topic, feature (index into the last* arrays), contribution.
const candidateTopic: number[] = [];
const candidateFeature: number[] = [];
const candidateAmount: number[] = [];
let candidates = 0;
let lastText = '';
let lastHeading = '';

/** Smallest contribution worth quoting as evidence. */
const MIN_EVIDENCE = 0.05;

function addRow(row: number, value: number, where: number, start: number, end: number): void {
  if (stamp[row] === call) return;
  stamp[row] = call;
  const telling = TELLING[row] === 1;
  for (let c = ROW_START[row] as number, stop = ROW_START[row + 1] as number; c < stop; c++) {
    const target = CELL_TARGET[c] as number;
    const amount = (CELL_WEIGHT[c] as number) * value;
    sums[target] = (sums[target] as number) + amount;
    // A membership weight that raises its topic enough: a candidate for that topic's evidence.
    if (telling && target >= K && amount >= MIN_EVIDENCE) {
      candidateTopic[candidates] = target - K;
      candidateFeature[candidates] = lastCount;
      candidateAmount[candidates] = amount;
      candidates++;
    }
  }
  lastStart[lastCount] = start;
  lastEnd[lastCount] = end;
  lastWhere[lastCount] = where;
  lastRows[lastCount] = row;
  lastCount++;
}

/** Whitespace as `\s` matches it. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** True when the characters between two words end a sentence: SENTENCE_BREAK (features.ts) on the gap, by hand. */
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) return true;
    // . ! ? ; : followed by whitespace inside the gap
    if ((code === 46 || code === 33 || code === 63 || code === 59 || code === 58) && k + 1 < to && isSpace(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

let shapeValue = 0;
function addShape(key: string, where: number, start: number, end: number): void {
  const row = shapeRows.get(key);
  if (row !== undefined) addRow(row, shapeValue, where, start, end);
}

const ownWords: string[] = [];
const ownStarts: number[] = [];
const WORD = /[a-z0-9\u00df-\u024f]+/g;

/**
 * Model probabilities for a section (live arrays, overwritten by the next call). `lowerText` is the body
 * lowercased; `words` its words if already tokenized with the same pattern (the cue classifier's).
 */
export function scoreModel(heading: string | undefined, lowerText: string, words?: Words & { readonly model?: readonly ModelWord[] }): ModelScores {
  let w = words;
  if (!w) {
    let count = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lowerText); m; m = WORD.exec(lowerText)) {
      ownWords[count] = m[0];
      ownStarts[count] = m.index;
      count++;
    }
    w = { text: ownWords, start: ownStarts, count };
  }
  call++;
  lastCount = 0;
  candidates = 0;
  sums.fill(0);
  const bodyValue = 1 / Math.sqrt(Math.max(1, 2 * w.count));
  lastBodyValue = bodyValue;
  lastHeadingValue = HEADING_SCALE;
  // The caller's per-word entries (`modelWordOf` of each word), when it has them, save a lookup per word.
  const known = words?.model;
  let prev: ModelWord = null;
  let lastEnd = 0;
  for (let i = 0; i < w.count; i++) {
    const word = w.text[i] as string;
    const start = w.start[i] as number;
    const end = start + word.length;
    const entry = known ? (known[i] as ModelWord) : entryOfWord(word);
    if (entry !== null) {
      if (entry.row !== -1) addRow(entry.row, bodyValue, 0, start, end);
      if (prev !== null && prev.starts && entry.ends && ((start - lastEnd === 1 && lowerText.charCodeAt(lastEnd) === 32) || !breaksSentence(lowerText, lastEnd, start))) {
        const row = bigramRow(prev.id * BIGRAM_KEY + entry.id);
        if (row !== -1) addRow(row, bodyValue, 0, w.start[i - 1] as number, end);
      }
    }
    prev = entry;
    lastEnd = end;
  }
  shapeValue = bodyValue;
  shapeFeatures(lowerText, w.count, addShape);

  const head = heading?.trim().toLowerCase() ?? '';
  let headWords = 0;
  if (head) {
    HEADING_TOKEN.lastIndex = 0;
    while (HEADING_TOKEN.exec(head)) headWords++;
  }
  if (headWords === 0) {
    const row = headingRows.get('#none');
    if (row !== undefined) addRow(row, HEADING_SCALE, 1, 0, 0);
  } else {
    const value = HEADING_SCALE / Math.sqrt(headWords);
    lastHeadingValue = value;
    HEADING_TOKEN.lastIndex = 0;
    for (let m = HEADING_TOKEN.exec(head); m; m = HEADING_TOKEN.exec(head)) {
      const row = headingRowOf(m[0]);
      if (row !== -1) addRow(row, value, 1, m.index, m.index + m[0].length);
    }
  }
  lastText = lowerText;
  lastHeading = head;

  let max = -Infinity;
  for (let t = 0; t < K; t++) {
    primaryOut[t] = (PRIMARY_BIAS[t] as number) + (sums[t] as number);
    if ((primaryOut[t] as number) > max) max = primaryOut[t] as number;
  }
  let sum = 0;
  for (let t = 0; t < K; t++) {
    const e = Math.exp((primaryOut[t] as number) - max);
    primaryOut[t] = e;
    sum += e;
  }
  for (let t = 0; t < K; t++) {
    primaryOut[t] = (primaryOut[t] as number) / sum;
    memberOut[t] = 1 / (1 + Math.exp(-((MEMBER_BIAS[t] as number) + (sums[K + t] as number))));
  }
  return { primary: primaryOut, member: memberOut };
}

/** The model's features of the section last scored, with their values (for tests against the training features). */
export function lastFeatures(): Map<string, number> {
  const out = new Map<string, number>();
  for (let j = 0; j < lastCount; j++) out.set(rowKeys[lastRows[j] as number] as string, lastWhere[j] === 1 ? lastHeadingValue : lastBodyValue);
  return out;
}

/** Whether the model has a feature (for tests). */
export const knowsFeature = (key: string): boolean => rowKeys.includes(key);


/**
 * For each of `topics` (taxonomy indexes): the words and phrases of the section last scored that raised
 * the topic most (positive weight in the topic's membership model times the feature's value), strongest
 * first, at most `max`, as written in the section. One pass over the section's features for all topics.
 */
export function modelEvidence(topics: readonly number[], max: number): string[][] {
  const out: string[][] = [];
  for (const topic of topics) {
    // Top `max` candidates by amount, kept sorted in the scratch arrays; a candidate goes after those with
    // an equal amount, so ties keep the order the features were read in.
    let kept = 0;
    for (let c = 0; c < candidates; c++) {
      if (candidateTopic[c] !== topic) continue;
      const amount = candidateAmount[c] as number;
      let at = kept;
      while (at > 0 && (bestAmount[at - 1] as number) < amount) at--;
      if (at >= max) continue;
      if (kept < max) kept++;
      for (let k = kept - 1; k > at; k--) {
        bestFeature[k] = bestFeature[k - 1] as number;
        bestAmount[k] = bestAmount[k - 1] as number;
      }
      bestFeature[at] = candidateFeature[c] as number;
      bestAmount[at] = amount;
    }
    const terms: string[] = [];
    for (let k = 0; k < kept; k++) {
      const j = bestFeature[k] as number;
      terms.push((lastWhere[j] === 1 ? lastHeading : lastText).slice(lastStart[j], lastEnd[j]));
    }
    out.push(terms);
  }
  return out;
}

// Scratch for modelEvidence: the best candidates of one topic so far.
const bestFeature: number[] = [];
const bestAmount: number[] = [];
