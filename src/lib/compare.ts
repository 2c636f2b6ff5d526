/**
 * Side-by-side comparison logic: which sections speak to a topic, how much a policy says on it,
 * and which policies a `?policies=` URL asks for. Pure (no Astro), so pages, the browser script
 * and tests share it.
 *
 * Which sections count for a topic: every section that carries the topic. A section whose
 * *primary* (first) topic it is counts fully; a section that only carries it as a secondary
 * topic is shown after the primary ones, marked "Also mentions", and alone makes the policy's
 * coverage "Mentioned". A policy with neither says nothing on the topic: "Not addressed".
 */
import type { PolicySection } from './sections.ts';
import type { TopicSlug } from './taxonomy.ts';

/** The fewest and most policies a comparison shows side by side. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** Policies per page on topic pages and the coverage matrix, so no page grows with the corpus. */
export const TOPIC_PAGE_SIZE = 8;
export const MATRIX_PAGE_SIZE = 50;
/** Policies listed as checkboxes in a picker; more are added by their ID. */
export const PICKER_LIMIT = 24;

/** What topic matching needs of a section: a built `PolicySection`, or one from the JSON export. */
export interface TaggedSection {
  readonly id: string;
  readonly words: number;
  readonly topics: readonly { readonly topic: string }[];
}

export interface TopicMatch<S extends TaggedSection = PolicySection> {
  readonly section: S;
  /** True when the topic is the section's primary (first) topic. */
  readonly primary: boolean;
}

/** The sections of one policy on a topic: primary matches first, each group in document order. */
export function sectionsOnTopic<S extends TaggedSection>(sections: readonly S[], topic: TopicSlug): TopicMatch<S>[] {
  const primary: TopicMatch<S>[] = [];
  const secondary: TopicMatch<S>[] = [];
  for (const section of sections) {
    const index = section.topics.findIndex((t) => t.topic === topic);
    if (index === 0) primary.push({ section, primary: true });
    else if (index > 0) secondary.push({ section, primary: false });
  }
  return [...primary, ...secondary];
}

export type CoverageLevel = 'none' | 'mentioned' | 'brief' | 'covered' | 'detailed';

/** Words in primary sections at which coverage becomes "covered" and "detailed". */
export const COVERED_WORDS = 100;
export const DETAILED_WORDS = 400;

export const COVERAGE_LEVELS: readonly { level: CoverageLevel; label: string; description: string }[] = [
  { level: 'none', label: 'Not addressed', description: 'No section on the topic' },
  { level: 'mentioned', label: 'Mentioned', description: 'Only as a side topic of other sections' },
  { level: 'brief', label: 'Brief', description: `Under ${COVERED_WORDS} words` },
  { level: 'covered', label: 'Covered', description: `${COVERED_WORDS}–${DETAILED_WORDS - 1} words` },
  { level: 'detailed', label: 'Detailed', description: `${DETAILED_WORDS} words or more` },
];

export function coverageLabel(level: CoverageLevel): string {
  return COVERAGE_LEVELS.find((entry) => entry.level === level)!.label;
}

export interface Coverage {
  readonly level: CoverageLevel;
  /** Words in the sections whose primary topic this is. */
  readonly words: number;
  readonly primarySections: number;
  readonly secondarySections: number;
  /** The section a reader should open first (the first primary match, else the first mention). */
  readonly firstSectionId: string | null;
}

/** The coverage of a column with no policy in it yet (filled in by the picker script). */
export const NO_COVERAGE: Coverage = { level: 'none', words: 0, primarySections: 0, secondarySections: 0, firstSectionId: null };

/** How much a policy says on a topic, from the words of its primary sections. */
export function coverage(sections: readonly TaggedSection[], topic: TopicSlug): Coverage {
  const matches = sectionsOnTopic(sections, topic);
  const primary = matches.filter((m) => m.primary);
  const words = primary.reduce((sum, m) => sum + m.section.words, 0);
  const level: CoverageLevel =
    matches.length === 0 ? 'none'
    : primary.length === 0 ? 'mentioned'
    : words >= DETAILED_WORDS ? 'detailed'
    : words >= COVERED_WORDS ? 'covered'
    : 'brief';
  return {
    level,
    words,
    primarySections: primary.length,
    secondarySections: matches.length - primary.length,
    firstSectionId: matches[0]?.section.id ?? null,
  };
}

const COVERAGE_CACHE = new WeakMap<readonly TaggedSection[], Map<TopicSlug, Coverage>>();

/** `coverage`, computed once per policy and topic: the home matrix, topic list and topic pages all ask. */
export function cachedCoverage(sections: readonly TaggedSection[], topic: TopicSlug): Coverage {
  let byTopic = COVERAGE_CACHE.get(sections);
  if (!byTopic) COVERAGE_CACHE.set(sections, (byTopic = new Map()));
  let result = byTopic.get(topic);
  if (!result) byTopic.set(topic, (result = coverage(sections, topic)));
  return result;
}

/** How many policies address a topic: with a section mainly about it, or only in passing; and those that say nothing on it. */
export interface TopicTally<P> {
  readonly addressed: number;
  readonly mentioned: number;
  /** The policies with no section on the topic, in the order given. */
  readonly silent: readonly P[];
}

const TALLY_CACHE = new WeakMap<readonly unknown[], Map<TopicSlug, TopicTally<unknown>>>();

/** Counted once per list of policies and topic: every page of a topic (2,000 of them at 1,000 policies) shows it. */
export function tallyTopic<P extends { readonly sections: readonly TaggedSection[] }>(policies: readonly P[], topic: TopicSlug): TopicTally<P> {
  let byTopic = TALLY_CACHE.get(policies);
  if (!byTopic) TALLY_CACHE.set(policies, (byTopic = new Map()));
  let tally = byTopic.get(topic) as TopicTally<P> | undefined;
  if (!tally) byTopic.set(topic, (tally = countTopic(policies, topic)));
  return tally;
}

function countTopic<P extends { readonly sections: readonly TaggedSection[] }>(policies: readonly P[], topic: TopicSlug): TopicTally<P> {
  let addressed = 0;
  let mentioned = 0;
  const silent: P[] = [];
  for (const policy of policies) {
    const level = cachedCoverage(policy.sections, topic).level;
    if (level === 'none') silent.push(policy);
    else if (level === 'mentioned') mentioned++;
    else addressed++;
  }
  return { addressed, mentioned, silent };
}

/**
 * The slugs a URL asks for: `?policies=a,b`, or `?policies=a&policies=b` (what a plain GET form
 * of checkboxes submits), or both. Trimmed, lowercased, de-duplicated, in order.
 */
export function parsePoliciesParam(params: URLSearchParams): string[] {
  const slugs = params
    .getAll('policies')
    .flatMap((value) => value.split(/[,\s]+/))
    .map((slug) => slug.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(slugs)];
}

export interface Selection {
  /** Known slugs to show, in the order asked, at most `max`. */
  readonly shown: readonly string[];
  /** Slugs asked for that name no policy. */
  readonly unknown: readonly string[];
  /** Known slugs left out because more than `max` were asked for. */
  readonly dropped: readonly string[];
  /** True when the URL asked for nothing, so a default is shown. */
  readonly isDefault: boolean;
  /** Short messages for the reader, e.g. about unknown slugs or too many policies. */
  readonly messages: readonly string[];
}

export interface SelectOptions {
  /** Whether a slug names a policy. */
  readonly exists: (slug: string) => boolean;
  /** Shown when nothing (valid) is asked for. */
  readonly fallback: readonly string[];
  readonly max: number;
  /** At least this many are needed for a comparison (1 on topic pages). */
  readonly min?: number;
}

/** Validates the requested slugs: unknown ones are reported, extra ones dropped, none means the default. */
export function resolveSelection(requested: readonly string[], options: SelectOptions): Selection {
  const { exists, fallback, max, min = 1 } = options;
  const known = requested.filter((slug) => exists(slug));
  const unknown = requested.filter((slug) => !exists(slug));
  const messages: string[] = [];
  if (unknown.length > 0) {
    messages.push(`No policy with the ID ${unknown.map((s) => `“${s}”`).join(', ')}: left out.`);
  }
  if (known.length > max) {
    messages.push(`Up to ${max} policies at a time: showing the first ${max}.`);
  }
  const isDefault = known.length === 0;
  const shown = isDefault ? fallback.slice(0, max) : known.slice(0, max);
  if (!isDefault && shown.length < min) {
    messages.push(`Choose ${min - shown.length === 1 ? 'one more policy' : `${min - shown.length} more policies`} to compare.`);
  }
  return { shown, unknown, dropped: known.slice(max), isDefault, messages };
}

/** Page `page` (1-based) of `items`, `size` at a time. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The letter a name is filed under: its first letter or digit without accents, in capitals; `#` for a digit. */
export function initialOf(name: string): string {
  const first = /[\p{L}\p{N}]/u.exec(name.normalize('NFD'))?.[0] ?? '';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase('en') : '#';
}

export interface InitialEntry {
  /** `initialOf` the names it covers. */
  readonly initial: string;
  /** The page (1-based, `size` names a page) and the position in `names` of the first name with this initial. */
  readonly page: number;
  readonly index: number;
}

/**
 * An index by first letter of names listed `size` to a page (in their order, as sorted for the pages): each initial
 * once, where its first name is. An initial that recurs after another (names sorted otherwise) keeps its first place.
 */
export function initialsIndex(names: readonly string[], size: number): InitialEntry[] {
  const seen = new Set<string>();
  const out: InitialEntry[] = [];
  names.forEach((name, index) => {
    const initial = initialOf(name);
    if (seen.has(initial)) return;
    seen.add(initial);
    out.push({ initial, page: Math.floor(index / size) + 1, index });
  });
  return out;
}
