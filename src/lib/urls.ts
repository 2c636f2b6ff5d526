/**
 * Every URL the site links to, in one place, so pages never build one by hand and a sub-path
 * deploy (`BASE=/privacy-compare/`) changes them all at once.
 */
import type { TopicSlug } from './taxonomy.ts';

/** A base path (`/`, `/docs` or `/docs/`) with exactly one trailing slash. */
export const normalizeBase = (base: string): string => base.replace(/\/?$/, '/');

/**
 * A root-relative path under another base. For the Node side of the build (integrations), where
 * `import.meta.env` is not set and the paths below come out under `/`.
 */
export const underBase = (base: string, path: string): string => normalizeBase(base) + path.replace(/^\//, '');

/** The URL schemes a policy may link to: web pages, email addresses and phone numbers (anything else, "javascript:" above all, is refused). */
export const POLICY_LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/** A URL's scheme, lowercased, read as a browser reads it (spaces and control characters ignored); undefined for a path or a fragment. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/** Base path with a trailing slash; `/` outside a Vite build (tests, CLIs). */
const BASE = normalizeBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');

/** Prefixes a site-relative path ("policies/x/") with the base path. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export const homePath = (): string => withBase('');
export const policyPath = (slug: string): string => withBase(`policies/${slug}/`);
export const sectionPath = (slug: string, sectionId: string): string => `${policyPath(slug)}#${sectionId}`;
export const topicsPath = (): string => withBase('topics/');
export const topicPath = (topic: TopicSlug): string => withBase(`topics/${topic}/`);
export const comparePath = (): string => withBase('compare/');
export const searchPath = (): string => withBase('search/');
export const apiIndexPath = (): string => withBase('api/v1/policies.json');
export const apiPolicyPath = (slug: string): string => withBase(`api/v1/policies/${slug}.json`);
export const apiCoverageCsvPath = (): string => withBase('api/v1/coverage.csv');
/** Page `n` (1-based) of the policies and their coverage; page 1 is the home page. */
export const homePagePath = (page: number): string => (page <= 1 ? homePath() : withBase(`page/${page}/`));
/** Page `n` (1-based) of a topic's columns; page 1 is the topic page itself. */
export const topicPagePath = (topic: TopicSlug, page: number): string =>
  page <= 1 ? topicPath(topic) : withBase(`topics/${topic}/page/${page}/`);
/** The id of a policy's row in the home page's table: `homePagePath(n)#row-<slug>` opens it. */
export const policyRowId = (slug: string): string => `row-${slug}`;
/** The id of a policy's name over its column (or cell) for a topic, or `name` where the column is not a topic's. */
export const columnNameId = (topic: TopicSlug | 'name', slug: string): string => `${topic}-${slug}`;
/** A shareable choice of policies: `?policies=a,b` (commas left readable); '' for none. */
export const policiesQuery = (slugs: readonly string[]): string =>
  slugs.length === 0 ? '' : `?policies=${slugs.map(encodeURIComponent).join(',')}`;
export const compareUrl = (slugs: readonly string[]): string => comparePath() + policiesQuery(slugs);
export const topicUrl = (topic: TopicSlug, slugs: readonly string[]): string => topicPath(topic) + policiesQuery(slugs);
