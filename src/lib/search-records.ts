/**
 * Search records: one per policy section, so a result is a clause, not a whole page, and
 * topic and organization filters apply per section (Pagefind's own filters tag whole pages).
 * Records are HTML documents for Pagefind's `addHTMLFile` with an explicit URL: the heading
 * becomes the result title and weighs more than body text.
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
  readonly slug: string;
  readonly organization: string;
  readonly title: string;
  readonly language: string;
}

/** Filter names, shared with the search page. */
export const SEARCH_FILTERS = { topic: 'topic', organization: 'organization' } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (value: string): string => value.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/**
 * The HTML Pagefind indexes for one section. Topic labels are indexed with a low weight, so a
 * search for "retention" also finds a clause about how long data is kept that never uses the word.
 */
export function sectionRecordHtml(policy: RecordPolicy, section: RecordSection): string {
  const paragraphs = section.text
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '')
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join('');
  const labels = section.topics.map((topic) => getTopic(topic).label);
  const filters = [
    ...section.topics.map((topic) => `<span data-pagefind-filter="${SEARCH_FILTERS.topic}:${escapeHtml(topic)}"></span>`),
    `<span data-pagefind-filter="${SEARCH_FILTERS.organization}:${escapeHtml(policy.organization)}"></span>`,
  ].join('');
  const meta = [
    ['policy', policy.organization],
    ['policy_title', policy.title],
    ['policy_slug', policy.slug],
    ['section', section.id],
    ['topics', section.topics.join(',')],
  ]
    .map(([key, value]) => `<span data-pagefind-meta="${key}:${escapeHtml(value!)}"></span>`)
    .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(policy.language)}"><head><title>${escapeHtml(section.heading)}</title></head>` +
    `<body><main data-pagefind-body><h1>${escapeHtml(section.heading)}</h1>${paragraphs}` +
    `<p data-pagefind-weight="0.5">${escapeHtml(labels.join('. '))}</p>${filters}${meta}</main></body></html>`
  );
}
