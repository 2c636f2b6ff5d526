/**
 * The search page's state in its URL (`/search/?q=retention&topic=retention&org=AutoIDM`), so a
 * search can be shared and reloaded.
 */
import { isTopicSlug, type TopicSlug } from './taxonomy.ts';

export interface SearchState {
  readonly query: string;
  readonly topics: readonly TopicSlug[];
  readonly organizations: readonly string[];
}

export const SEARCH_PARAMS = { query: 'q', topic: 'topic', organization: 'org' } as const;

export function parseSearchState(params: URLSearchParams): SearchState {
  const unique = <T extends string>(values: T[]) => [...new Set(values)];
  return {
    query: (params.get(SEARCH_PARAMS.query) ?? '').trim(),
    topics: unique(params.getAll(SEARCH_PARAMS.topic).filter(isTopicSlug)),
    organizations: unique(params.getAll(SEARCH_PARAMS.organization).filter((org) => org.trim() !== '')),
  };
}

export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  for (const topic of state.topics) params.append(SEARCH_PARAMS.topic, topic);
  for (const org of state.organizations) params.append(SEARCH_PARAMS.organization, org);
  return params;
}

/**
 * What to tell the reader instead of searching: nothing typed yet, or a single Latin letter
 * (which would match half the index). A single character of a script without spaces (CJK) is
 * a word and is searched.
 */
export function queryProblem(query: string): 'empty' | 'too-short' | null {
  if (query === '') return 'empty';
  if (query.length === 1 && /[\p{Script=Latin}\p{N}]/u.test(query)) return 'too-short';
  return null;
}

/**
 * The status when nothing matches. A section matches only if it has every word of the query, so a query of
 * several words is told to drop some.
 */
export function noResultsMessage(query: string, hasFilters: boolean): string {
  const filters = hasFilters ? ' with these filters' : '';
  const clear = hasFilters ? ' or clear the filters' : '';
  if (/\S\s+\S/.test(query)) return `No section contains every word of “${query}”${filters}. Try fewer words${clear}.`;
  return `No sections match${query ? ` “${query}”` : ''}${filters}. Try another word${clear}.`;
}

/** Share of a query word a matched word must begin with to be the same word in another form ("retained" for "retaining"). */
const SAME_WORD_SHARE = 0.6;

/**
 * Query words that no result contains, judged from the words the results mark. Pagefind searches a word that is not
 * in its index as the longest prefix of it that is ("blockchain" finds "block", "tokens" finds "to"), and cannot be
 * told not to (Pagefind issue #780), so a query for words no policy uses would list sections about something else.
 * A query word is missing when every marked word that begins it is a short prefix of it (under SAME_WORD_SHARE of
 * its length) and no marked word is a form of it: one that starts with it ("retention" for "retent") or shares most of
 * it ("cookie" for "cookies", "retained" for "retaining"). A word with no marked word related to it at all is not
 * judged (the excerpts may just not show it).
 */
export function missingWords(query: string, marked: readonly string[]): string[] {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  const marks = [...new Set(marked.flatMap((mark) => mark.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))];
  return words.filter((word) => {
    if (word.length < 3) return false;
    let cutShort = false;
    for (const mark of marks) {
      const shared = commonPrefix(mark, word);
      if (shared === word.length || shared >= SAME_WORD_SHARE * word.length) return false;
      if (shared === mark.length) cutShort = true;
    }
    return cutShort;
  });
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The status for a query some of whose words no section contains. */
export function missingWordsMessage(missing: readonly string[]): string {
  const quoted = missing.map((word) => `“${word}”`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `No section contains ${list}. Try another word.`;
}
