/**
 * Search records: one per policy section, so a result is a clause, not a whole page, and
 * topic and organization filters apply per section (Pagefind's own filters tag whole pages).
 * Records are Pagefind custom records: plain text with metadata and filters, which index in
 * about two thirds of the time HTML documents take.
 */
import { policyText } from './site.ts';
import { getTopic, type TopicSlug } from './taxonomy.ts';

/** What a record needs to know about a section: the fields of the JSON export. */
export interface RecordSection {
  readonly id: string;
  readonly heading: string;
  readonly path: string;
  readonly text: string;
  readonly topics: readonly TopicSlug[];
}

export interface RecordPolicy {
  readonly organization: string;
  readonly language: string;
}

/** Filter names, shared with the search page. */
export const SEARCH_FILTERS = { topic: 'topic', organization: 'organization' } as const;

/** A Pagefind custom record (the shape of `addCustomRecord`'s argument). */
export interface SectionRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
}

/**
 * The record Pagefind indexes for one section. The heading leads the content, and the topic
 * labels close it, so a search for "retention" also finds a clause about how long data is kept
 * that never uses the word.
 */
export function sectionRecord(policy: RecordPolicy, section: RecordSection): SectionRecord {
  return {
    url: section.path,
    content: `${headingLine(section.heading)}\n${section.text}\n${labelsLine(section.topics)}`,
    language: policy.language,
    // Only what a result shows: the URL already names the policy and the section.
    meta: {
      title: section.heading,
      policy: policy.organization,
      topics: section.topics.join(','),
      // A policy not in the site's language: its heading and excerpt are marked with its own (and its direction).
      ...policyText(policy.language),
    },
    filters: {
      [SEARCH_FILTERS.topic]: [...section.topics],
      [SEARCH_FILTERS.organization]: [policy.organization],
    },
  };
}

/** The line that leads a record's content. */
const headingLine = (heading: string) => `${heading}.`;
/** The line that closes a record's content. */
const labelsLine = (topics: readonly TopicSlug[]) => `${topics.map((topic) => getTopic(topic).label).join('. ')}.`;

/** A run of an excerpt's text, marked where it matched the query. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ');
/** Text that ends with the end of a sentence. */
const SENTENCE_END = /[.!?:;)"\u201d\u2019\]]\s*$/;

/**
 * A result's excerpt without what `sectionRecord` put around the section's text: the heading
 * that leads it (the result shows it as its title) and the topic labels that close it (they
 * let "retention" find a clause about how long data is kept, but they are not the policy's
 * words, and an excerpt reads as a quotation). Pagefind's excerpt is a window of the content,
 * so either may be cut: a leading run of the heading's last words that ends at the heading's
 * added full stop, or a trailing run of the labels' first words after the end of a sentence.
 * `parts` are the excerpt's runs, in order, with their whitespace collapsed as Pagefind does. Given the
 * record's `content`, an ellipsis marks each end where the excerpt starts or stops inside the section's text.
 */
export function sectionExcerpt(parts: readonly ExcerptPart[], heading: string, topics: readonly TopicSlug[], content?: string): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  let start = 0;
  let end = text.length;
  const lead = words(headingLine(heading));
  for (let from = 0; from < lead.length; from++) {
    const prefix = `${lead.slice(from).join(' ')} `;
    if (text.startsWith(prefix)) {
      start = prefix.length;
      break;
    }
  }
  const tail = words(labelsLine(topics));
  for (let to = tail.length; to > 0; to--) {
    const suffix = ` ${tail.slice(0, to).join(' ')}`;
    const before = text.slice(start, text.length - suffix.length);
    // The whole line can only be the labels; a run of its first words only after a sentence.
    if (text.endsWith(suffix) && before.length > 0 && (to === tail.length || SENTENCE_END.test(before))) {
      end = text.length - suffix.length;
      break;
    }
  }
  const kept: ExcerptPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + part.text.length);
    if (to > from) pushPart(kept, part.text.slice(from - offset, to - offset), part.marked);
    offset += part.text.length;
  }
  if (content === undefined) return kept;
  // Where the window starts or ends inside the section's text, an ellipsis says so.
  const shown = kept.map((part) => part.text).join('').replace(/\s+/g, ' ').trim();
  const whole = sectionText(content, lead, tail);
  if (shown && !whole.startsWith(shown)) kept.unshift({ text: '… ', marked: false });
  if (shown && !whole.endsWith(shown)) kept.push({ text: ' …', marked: false });
  return kept;
}

/**
 * The section's own text in a record's `content` (see `sectionRecord`), whitespace collapsed as in
 * excerpts: without the words of its heading line (`lead`) and of its labels line (`tail`).
 */
function sectionText(content: string, lead: readonly string[], tail: readonly string[]): string {
  let text = content.replace(/\s+/g, ' ').trim();
  const prefix = `${lead.join(' ')} `;
  const suffix = ` ${tail.join(' ')}`;
  if (text.startsWith(prefix)) text = text.slice(prefix.length);
  if (text.endsWith(suffix)) text = text.slice(0, -suffix.length);
  return text;
}

/** A marked run's edges that are not part of the word: Pagefind marks "retention." and "“cookies”,". */
const MARK_EDGES = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/** Appends a run; a marked one without its leading and trailing punctuation, which stays unmarked. */
function pushPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  const edges = marked ? MARK_EDGES.exec(text) : null;
  // Unmarked, or marked punctuation only: as it is.
  if (!edges?.[2]) {
    parts.push({ text, marked });
    return;
  }
  const [, before, word, after] = edges as unknown as [string, string, string, string];
  if (before) parts.push({ text: before, marked: false });
  parts.push({ text: word, marked: true });
  if (after) parts.push({ text: after, marked: false });
}
