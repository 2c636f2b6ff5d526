/**
 * Carrying searched terms from a result to the clause it found, and marking them there.
 * Kept free of other imports: the policy page ships this and little else.
 */

/** Parameter on a policy page's URL naming the terms to mark there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Link from a result to its section, carrying the searched terms so the page can mark them. */
export function resultLink(sectionUrl: string, query: string): string {
  if (!query) return sectionUrl;
  const hashAt = sectionUrl.indexOf('#');
  const [path, hash] = hashAt === -1 ? [sectionUrl, ''] : [sectionUrl.slice(0, hashAt), sectionUrl.slice(hashAt)];
  return `${path}${path.includes('?') ? '&' : '?'}${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}${hash}`;
}

/** Terms to mark: words of the query, at least two characters unless non-Latin. */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length >= 2 || /[^\p{Script=Latin}\p{N}]/u.test(term));
  return [...new Set(words.filter(Boolean))];
}

/** A pattern that finds the terms at the start of words ("retain" marks "retained"). */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
