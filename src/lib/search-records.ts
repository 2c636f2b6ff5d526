/**
 * Search records: one per policy section, so a result is a clause, not a whole page, and
 * topic and organization filters apply per section (Pagefind's own filters tag whole pages).
 * Records are Pagefind custom records: plain text with metadata and filters, which index in
 * about two thirds of the time HTML documents take.
 */
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
  const labels = section.topics.map((topic) => getTopic(topic).label);
  return {
    url: section.path,
    content: `${section.heading}.\n${section.text}\n${labels.join('. ')}.`,
    language: policy.language,
    // Only what a result shows: the URL already names the policy and the section.
    meta: {
      title: section.heading,
      policy: policy.organization,
      topics: section.topics.join(','),
    },
    filters: {
      [SEARCH_FILTERS.topic]: [...section.topics],
      [SEARCH_FILTERS.organization]: [policy.organization],
    },
  };
}
