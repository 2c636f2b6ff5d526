/**
 * Which topics a search names: "how long do you keep my data" asks about `retention`, "COPPA" about
 * `children`, "third-party cookies" about `cookies` and `sharing`. The search page offers those topics'
 * side-by-side pages above the results: a topic page also shows which policies say nothing on the topic,
 * which no text search can.
 *
 * A topic is named by its label or one of its `searchTerms` (taxonomy.ts), as whole words, in
 * any case, plurals matching their singular. The query's last word may be a prefix of a term's last word
 * (four letters at least), so a topic is offered while its word is still being typed ("retent").
 */
import { TOPICS, type TopicSlug } from './taxonomy.ts';

/** A typed last word must have this many letters before it may match a longer word. */
const MIN_PREFIX = 4;
/** At most this many topics are offered for one query. */
export const MAX_QUERY_TOPICS = 3;

/** A word as compared: its plural "s" dropped and "ie" read as "y", so "cookies", "cookie", "parties" and "party" meet. */
function normalizeWord(word: string): string {
  const singular = word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
  return singular.endsWith('ie') ? `${singular.slice(0, -2)}y` : singular;
}

/** The lowercase words of a query or term, without accents. */
function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface Term {
  /** Its words as compared. */
  readonly words: readonly string[];
  /** Its last word as written, which a word being typed is a prefix of ("cooki" of "cookie"). */
  readonly lastWritten: string;
}

interface TopicTerms {
  readonly slug: TopicSlug;
  readonly terms: readonly Term[];
}

const TOPIC_TERMS: readonly TopicTerms[] = TOPICS.map((topic) => ({
  slug: topic.slug,
  // The catch-all is named only by its terms: "other" in a query ("other companies") does not ask for it.
  terms: [...(topic.slug === 'other' ? [] : [topic.label]), ...topic.searchTerms].map((text) => {
    const written = plainWords(text);
    return { words: written.map(normalizeWord), lastWritten: written.at(-1) ?? '' };
  }),
}));

/**
 * Where in `query` (word index) the term first occurs, or -1. With `typed` (the query's last word as
 * written), that word may also be a prefix of the term's last word.
 */
function findTerm(query: readonly string[], term: Term, typed?: string): number {
  const { words } = term;
  const last = query.length - 1;
  for (let at = 0; at + words.length <= query.length; at++) {
    let matched = true;
    for (let j = 0; matched && j < words.length; j++) {
      const typing = typed !== undefined && at + j === last && j === words.length - 1;
      matched = query[at + j] === words[j] || (typing && term.lastWritten.startsWith(typed));
    }
    if (matched) return at;
  }
  return -1;
}

/** The topics a search query names, in the order the query names them (ties in taxonomy order), at most `max`. */
export function topicsForQuery(query: string, max = MAX_QUERY_TOPICS): TopicSlug[] {
  const written = plainWords(query);
  if (written.length === 0) return [];
  const words = written.map(normalizeWord);
  const last = words.length - 1;
  const found = new Map<TopicSlug, { at: number; order: number }>();
  // Whole words first; the last word counts as being typed only when no term ends on it
  // ("do not track" names Do Not Track, not "tracking" as well).
  let lastWordUsed = false;
  const search = (typed?: string): void => {
    TOPIC_TERMS.forEach(({ slug, terms }, order) => {
      if (found.has(slug)) return;
      let first = -1;
      for (const term of terms) {
        const at = findTerm(words, term, typed);
        if (at === -1) continue;
        if (at + term.words.length - 1 === last) lastWordUsed = true;
        if (first === -1 || at < first) first = at;
      }
      if (first !== -1) found.set(slug, { at: first, order });
    });
  };
  search();
  const typed = written[last] as string;
  if (!lastWordUsed && typed.length >= MIN_PREFIX) search(typed);
  return [...found]
    .sort(([, a], [, b]) => a.at - b.at || a.order - b.order)
    .slice(0, max)
    .map(([slug]) => slug);
}
