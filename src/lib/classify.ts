/**
 * Topic classifier for policy sections: weighted cue matching over heading and body.
 *
 * Deterministic, no network, no model: the knowledge is the cue table in
 * `classify/lexicon.ts`, compiled once at module load into word-indexed matchers so that a
 * section costs one pass over its words (well over 20,000 sections per second on one core).
 *
 * How a section is scored, per topic:
 * - body: each matched cue adds its weight, a repeated cue adds half its weight again per
 *   repeat (up to 3 repeats); the sum is divided by sqrt(words / 60) for bodies longer than
 *   60 words, so a long section needs proportionally more evidence and a word in passing does
 *   not add a topic;
 * - heading: heading cues, and body cues at twice their weight, summed and capped; the heading
 *   counts in full only when the body supports the topic too, otherwise half: a heading helps
 *   but does not decide alone;
 * - strength = heading + body. The primary topic is the strongest; others are kept when they
 *   reach both an absolute floor and a share of the primary's strength (a topic with concrete
 *   evidence from a pattern, such as an email address or phone number for `contact`, needs only
 *   the floor: a reachable address is worth listing whatever else the section is about).
 *   Nothing strong enough: `other`.
 *
 * Reported scores are `1 - exp(-strength / 4)`, in 0..1, comparable across topics and sections
 * (0.5 is about one heading cue with body support, or a few solid body phrases; 0.9+ is a
 * section about little else).
 */
import { LEXICON, type Cue } from './classify/lexicon.ts';
import { TOPIC_SLUGS, type TopicSlug } from './taxonomy.ts';

export interface SectionInput {
  readonly heading?: string | undefined;
  readonly text: string;
}

export interface TopicScore {
  readonly topic: TopicSlug;
  /** 0..1, see the module comment. */
  readonly score: number;
  /** Matched words and phrases as they appear in the section (lowercased), strongest first. */
  readonly evidence: readonly string[];
}

/** Body cues read in a heading count this much more: a heading is a summary. */
const BODY_CUE_IN_HEADING = 2;
/** Cap on the heading's contribution, so a long heading listing many things cannot swamp the body. */
const HEADING_CAP = 9;
/** Bodies up to this many words are not scaled down. */
const LENGTH_NORM_WORDS = 60;
/** A repeat of the same cue adds this share of its weight, for at most MAX_REPEATS repeats. */
const REPEAT_SHARE = 0.5;
const MAX_REPEATS = 3;
/** Body strength at which a heading's cue counts in full (below it, proportionally less, down to half). */
const HEADING_SUPPORT = 1.5;
/** Weakest strength that can make a primary topic; below it the section is `other`. */
const MIN_PRIMARY = 1.2;
/**
 * A secondary topic needs this absolute strength and this share of the primary's, the share capped
 * at MAX_SECONDARY_FLOOR: a section that is overwhelmingly about one topic (a long CCPA notice) can
 * still substantively cover a second (the rights to access and delete it lists).
 */
const MIN_SECONDARY = 3;
const SECONDARY_SHARE = 0.3;
const MAX_SECONDARY_FLOOR = 5;
/**
 * A secondary topic also needs this much from the body: a heading alone may name the primary topic
 * only, and a heading plus a word in passing ("Do we collect information from minors?") is not a
 * second topic.
 */
const MIN_SECONDARY_BODY = 2;
/** At most this many topics per section. */
const MAX_TOPICS = 4;
const MAX_EVIDENCE = 5;
const SCORE_SCALE = 4;

/** First-word index key length for stem cues ("retain*" is found under "ret"). */
const STEM_KEY = 3;

interface CompiledCue {
  readonly id: number;
  readonly topic: number;
  readonly weight: number;
  readonly words: readonly string[];
  /** Per word: true when the word is a stem that matches any word starting with it. */
  readonly stems: readonly boolean[];
}

interface Matcher {
  readonly byWord: ReadonlyMap<string, readonly CompiledCue[]>;
  readonly byStemKey: ReadonlyMap<string, readonly CompiledCue[]>;
}

interface CompiledPattern {
  readonly topic: number;
  readonly weight: number;
  readonly regex: RegExp;
  readonly requires: RegExp;
}

const TOPIC_COUNT = TOPIC_SLUGS.length;
const OTHER_INDEX = TOPIC_SLUGS.indexOf('other');
const WORD = /[a-z0-9\u00df-\u024f]+/g;
const NON_WORD = /[^a-z0-9\u00df-\u024f]+/g;

let cueCount = 0;

function compileCue(topic: number, [pattern, weight]: Cue, scale: number): CompiledCue {
  const words: string[] = [];
  const stems: boolean[] = [];
  for (const raw of pattern.toLowerCase().split(/\s+/)) {
    if (!raw) continue;
    const stem = raw.endsWith('*');
    const word = stem ? raw.slice(0, -1) : raw;
    if (!/^[a-z0-9\u00df-\u024f]+$/.test(word)) throw new Error(`Lexicon cue "${pattern}": "${raw}" is not a plain word`);
    if (stem && words.length === 0 && word.length < STEM_KEY) {
      throw new Error(`Lexicon cue "${pattern}": a leading stem needs at least ${STEM_KEY} letters`);
    }
    words.push(word);
    stems.push(stem);
  }
  if (words.length === 0) throw new Error(`Lexicon cue for ${TOPIC_SLUGS[topic]} is empty`);
  return { id: cueCount++, topic, weight: weight * scale, words, stems };
}

function buildMatcher(cues: readonly CompiledCue[]): Matcher {
  const byWord = new Map<string, CompiledCue[]>();
  const byStemKey = new Map<string, CompiledCue[]>();
  for (const cue of cues) {
    const first = cue.words[0] ?? '';
    const [map, key] = cue.stems[0] ? [byStemKey, first.slice(0, STEM_KEY)] : [byWord, first];
    const list = map.get(key);
    if (list) list.push(cue);
    else map.set(key, [cue]);
  }
  return { byWord, byStemKey };
}

const headingCues: CompiledCue[] = [];
const bodyCues: CompiledCue[] = [];
const patterns: CompiledPattern[] = [];
TOPIC_SLUGS.forEach((slug, topic) => {
  const lexicon = LEXICON[slug];
  for (const cue of lexicon.heading) headingCues.push(compileCue(topic, cue, 1));
  for (const cue of lexicon.body) {
    bodyCues.push(compileCue(topic, cue, 1));
    headingCues.push(compileCue(topic, cue, BODY_CUE_IN_HEADING));
  }
  for (const [regex, weight, requires] of lexicon.patterns ?? []) patterns.push({ topic, weight, regex, requires });
});
const HEADING_MATCHER = buildMatcher(headingCues);
const BODY_MATCHER = buildMatcher(bodyCues);

// Scratch space reused by every call (classification is synchronous, so never shared).
const cueHits = new Int32Array(cueCount);
const cueSurface: string[] = new Array<string>(cueCount).fill('');
const cueById: CompiledCue[] = [...headingCues, ...bodyCues].sort((a, b) => a.id - b.id);
const touched: number[] = [];
const wordText: string[] = [];
const wordStart: number[] = [];
const wordEnd: number[] = [];

/** Splits lowercased text into words, kept in the scratch arrays; returns the word count. */
function tokenize(lower: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    wordText[count] = match[0];
    wordStart[count] = match.index;
    wordEnd[count] = match.index + match[0].length;
    count++;
  }
  return count;
}

function cueMatchesAt(cue: CompiledCue, at: number, count: number): boolean {
  const length = cue.words.length;
  if (at + length > count) return false;
  for (let k = 0; k < length; k++) {
    const word = wordText[at + k] as string;
    const expected = cue.words[k] as string;
    if (cue.stems[k] ? !word.startsWith(expected) : word !== expected) return false;
  }
  return true;
}

function recordCue(cue: CompiledCue, at: number, lower: string): void {
  if (cueHits[cue.id] === 0) {
    touched.push(cue.id);
    cueSurface[cue.id] = lower.slice(wordStart[at], wordEnd[at + cue.words.length - 1]);
  }
  cueHits[cue.id] = (cueHits[cue.id] ?? 0) + 1;
}

/** Records every cue of the matcher found in the text; returns the word count. */
function matchCues(lower: string, matcher: Matcher): number {
  const count = tokenize(lower);
  for (let at = 0; at < count; at++) {
    const word = wordText[at] as string;
    const exact = matcher.byWord.get(word);
    if (exact) for (const cue of exact) if (cueMatchesAt(cue, at, count)) recordCue(cue, at, lower);
    if (word.length >= STEM_KEY) {
      const stems = matcher.byStemKey.get(word.slice(0, STEM_KEY));
      if (stems) for (const cue of stems) if (cueMatchesAt(cue, at, count)) recordCue(cue, at, lower);
    }
  }
  return count;
}

// Evidence of the current call: one entry per matched cue or pattern, in parallel arrays.
const foundTopic: number[] = [];
const foundAmount: number[] = [];
const foundSurface: string[] = [];
let foundCount = 0;

function addEvidence(topic: number, amount: number, surface: string): void {
  foundTopic[foundCount] = topic;
  foundAmount[foundCount] = amount;
  foundSurface[foundCount] = surface;
  foundCount++;
}

/** Moves the recorded hits into per-topic sums and the evidence list, and clears the hit counts. */
function collectHits(sums: Float64Array, repeats: boolean): void {
  for (const id of touched) {
    const cue = cueById[id] as CompiledCue;
    const hits = cueHits[id] ?? 0;
    const extra = repeats ? Math.min(hits - 1, MAX_REPEATS) * REPEAT_SHARE : 0;
    const amount = cue.weight * (1 + extra);
    sums[cue.topic] = (sums[cue.topic] ?? 0) + amount;
    addEvidence(cue.topic, amount, cueSurface[id] ?? '');
    cueHits[id] = 0;
  }
  touched.length = 0;
}

const headingSums = new Float64Array(TOPIC_COUNT);
const bodySums = new Float64Array(TOPIC_COUNT);
const strengths = new Float64Array(TOPIC_COUNT);
const bodyStrengths = new Float64Array(TOPIC_COUNT);
/** Per topic: 1 when one of its patterns matched the body (concrete evidence, see the module comment). */
const patternHits = new Uint8Array(TOPIC_COUNT);

/** Topics of a section, primary first. Never empty: falls back to [{topic:'other',...}]. */
export function classifySection(input: SectionInput): TopicScore[] {
  headingSums.fill(0);
  bodySums.fill(0);
  patternHits.fill(0);
  foundCount = 0;

  const heading = input.heading?.trim() ?? '';
  if (heading) {
    matchCues(heading.toLowerCase(), HEADING_MATCHER);
    collectHits(headingSums, false);
  }

  const text = input.text;
  const words = matchCues(text.toLowerCase(), BODY_MATCHER);
  collectHits(bodySums, true);
  for (const { topic, weight, regex, requires } of patterns) {
    if (!requires.test(text)) continue;
    const found = regex.exec(text);
    if (!found) continue;
    bodySums[topic] = (bodySums[topic] ?? 0) + weight;
    patternHits[topic] = 1;
    addEvidence(topic, weight, found[0].toLowerCase());
  }

  const lengthFactor = words > LENGTH_NORM_WORDS ? Math.sqrt(words / LENGTH_NORM_WORDS) : 1;
  let primary = OTHER_INDEX;
  let top = 0;
  for (let topic = 0; topic < TOPIC_COUNT; topic++) {
    const body = (bodySums[topic] ?? 0) / lengthFactor;
    const headingRaw = Math.min(headingSums[topic] ?? 0, HEADING_CAP);
    const support = 0.5 + 0.5 * Math.min(1, body / HEADING_SUPPORT);
    const strength = body + headingRaw * support;
    bodyStrengths[topic] = body;
    strengths[topic] = strength;
    if (strength > top) {
      top = strength;
      primary = topic;
    }
  }
  if (top < MIN_PRIMARY) return [toScore(OTHER_INDEX)];

  const floor = Math.max(MIN_SECONDARY, Math.min(MAX_SECONDARY_FLOOR, top * SECONDARY_SHARE));
  const secondary: number[] = [];
  for (let topic = 0; topic < TOPIC_COUNT; topic++) {
    if (topic === primary) continue;
    const needed = patternHits[topic] ? MIN_SECONDARY : floor;
    if ((strengths[topic] ?? 0) >= needed && (bodyStrengths[topic] ?? 0) >= MIN_SECONDARY_BODY) secondary.push(topic);
  }
  // Strongest first; ties keep taxonomy order, so the output is deterministic.
  secondary.sort((a, b) => (strengths[b] ?? 0) - (strengths[a] ?? 0) || a - b);
  const chosen = [toScore(primary)];
  for (const topic of secondary.slice(0, MAX_TOPICS - 1)) chosen.push(toScore(topic));
  return chosen;
}

/** Evidence order: strongest first, phrases before the single words they contain, which say less to a reader. */
function evidenceRank(index: number): number {
  const surface = foundSurface[index] ?? '';
  let spaces = 0;
  for (let i = surface.indexOf(' '); i !== -1; i = surface.indexOf(' ', i + 1)) spaces++;
  return (foundAmount[index] ?? 0) * (1 + 0.25 * Math.min(spaces, 3));
}

function toScore(topic: number): TopicScore {
  const strength = strengths[topic] ?? 0;
  const indexes: number[] = [];
  for (let i = 0; i < foundCount; i++) if (foundTopic[i] === topic) indexes.push(i);
  indexes.sort((a, b) => evidenceRank(b) - evidenceRank(a) || a - b);
  const terms: string[] = [];
  const keys: string[] = [];
  for (const i of indexes) {
    const surface = foundSurface[i] ?? '';
    // Compare by words, so "opt-out" and "opt‐out", or "keep" inside "we keep", count once.
    const key = ` ${surface.replace(NON_WORD, ' ').trim()} `;
    if (keys.some((known) => known.includes(key))) continue;
    keys.push(key);
    terms.push(surface);
    if (terms.length === MAX_EVIDENCE) break;
  }
  return {
    topic: TOPIC_SLUGS[topic] as TopicSlug,
    score: Math.round((1 - Math.exp(-strength / SCORE_SCALE)) * 1000) / 1000,
    evidence: terms,
  };
}
