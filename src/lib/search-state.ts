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
