/**
 * Text features for the learned topic model (`model.ts`), shared by the training script
 * (`scripts/train-topics.ts`) and the classifier at run time, so both see exactly the same features.
 *
 * A section becomes a set of binary features:
 * - body unigrams and bigrams of lightly stemmed words ("shares" and "shared" -> "share"; numbers -> "0"),
 *   bigrams only inside a sentence;
 * - heading unigrams, prefixed `h:` and kept apart from body words, so the model learns how much a heading
 *   says on its own; they are given less weight than the body (HEADING_SCALE), and a section without a
 *   heading gets `h:#none`;
 * - a few shapes: an email address, a phone number, a web address, a long, medium or short body.
 *
 * Values: each body feature is 1 / sqrt(2 * body words), each heading feature HEADING_SCALE / sqrt(heading
 * words), so long sections do not get larger scores just for being long.
 *
 * `collectFeatures` leaves the candidate features in scratch arrays (keys may repeat; consumers keep the first
 * of each), with the place each was found, so evidence can quote the section as written.
 */

/** Heading features are scaled by this relative to body features (a heading helps, it does not decide). */
export const HEADING_SCALE = 0.6;

const TOKEN = /[a-z0-9\u00df-\u024f]+/g;
export const SENTENCE_BREAK = /[.!?;:]\s|\n/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const PHONE = /\+?\d[\d ().-]{7,}\d/;
const URL = /\b(?:https?:\/\/|www\.)\S+/;

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** A light, deterministic suffix stripper (not a full Porter stemmer: fast and predictable). */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let w = word;
  if (/^[0-9]+$/.test(w)) w = '0';
  else if (w.length > 3) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
    if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
    else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
    else if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  }
  if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, w);
  return w;
}

/** Words of a lowercased text, as the cue classifier's tokenizer leaves them (same pattern). */
export interface Words {
  readonly text: readonly string[];
  readonly start: readonly number[];
  readonly count: number;
}

// Scratch arrays, reused by every call (synchronous, never shared).
/** Candidate feature keys of the last call, possibly repeated. */
export const featureKeys: string[] = [];
/** Where each was found: 0 body, 1 heading. */
export const featureWhere: number[] = [];
export const featureStart: number[] = [];
export const featureEnd: number[] = [];

export interface FeatureCounts {
  /** Candidate features in featureKeys. */
  readonly count: number;
  readonly bodyValue: number;
  readonly headingValue: number;
}

const ownWords: string[] = [];
const ownStarts: number[] = [];

function tokenizeInto(lower: string): Words {
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    ownWords[count] = m[0];
    ownStarts[count] = m.index;
    count++;
  }
  return { text: ownWords, start: ownStarts, count };
}

/**
 * Fills the scratch arrays with the candidate features of a section. `lowerText` is the body lowercased;
 * `words` its words when the caller has them already (the cue classifier's tokenizer), else it is tokenized here.
 */
export function collectFeatures(heading: string | undefined, lowerText: string, words?: Words): FeatureCounts {
  let n = 0;
  const push = (key: string, where: number, start: number, end: number): void => {
    featureKeys[n] = key;
    featureWhere[n] = where;
    featureStart[n] = start;
    featureEnd[n] = end;
    n++;
  };
  const w = words ?? tokenizeInto(lowerText);
  let prevStem = '';
  let prevStart = -1;
  let lastEnd = 0;
  for (let i = 0; i < w.count; i++) {
    const word = w.text[i] as string;
    const start = w.start[i] as number;
    const s = stem(word);
    const end = start + word.length;
    push(s, 0, start, end);
    if (prevStem && !SENTENCE_BREAK.test(lowerText.slice(lastEnd, start))) push(`${prevStem} ${s}`, 0, prevStart, end);
    prevStem = s;
    prevStart = start;
    lastEnd = end;
  }
  shapeFeatures(lowerText, w.count, push);

  const head = heading?.trim().toLowerCase() ?? '';
  let headWords = 0;
  if (head) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(head); m; m = TOKEN.exec(head)) {
      headWords++;
      push(`h:${stem(m[0])}`, 1, m.index, m.index + m[0].length);
    }
  }
  if (headWords === 0) push('h:#none', 1, 0, 0);
  return {
    count: n,
    bodyValue: 1 / Math.sqrt(Math.max(1, 2 * w.count)),
    headingValue: HEADING_SCALE / Math.sqrt(Math.max(1, headWords)),
  };
}

/** The shape features of a body (`#email`, `#phone`, `#url`, and its length), with where each was found. */
export function shapeFeatures(lowerText: string, words: number, push: (key: string, where: number, start: number, end: number) => void): void {
  const shape = (key: string, pattern: RegExp): void => {
    const m = pattern.exec(lowerText);
    if (m) push(key, 0, m.index, m.index + m[0].trim().length);
  };
  if (lowerText.includes('@')) shape('#email', EMAIL);
  if (/\d{3}/.test(lowerText)) shape('#phone', PHONE);
  if (lowerText.includes('www.') || lowerText.includes('http')) shape('#url', URL);
  push(words > 120 ? '#long' : words < 25 ? '#short' : '#medium', 0, 0, 0);
}

/** Heading words, as the heading features read them. */
export const HEADING_TOKEN = TOKEN;

export interface SectionFeatures {
  /** Distinct feature keys. */
  readonly keys: string[];
  readonly values: number[];
}

/** The distinct features of a section with their values (for training; the classifier reads the scratch arrays). */
export function sectionFeatures(heading: string | undefined, text: string): SectionFeatures {
  const counts = collectFeatures(heading, text.toLowerCase());
  const keys: string[] = [];
  const values: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < counts.count; i++) {
    const key = featureKeys[i] as string;
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
    values.push(featureWhere[i] === 1 ? counts.headingValue : counts.bodyValue);
  }
  return { keys, values };
}
