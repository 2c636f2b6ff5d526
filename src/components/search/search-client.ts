/**
 * The search page's behaviour: queries Pagefind's static index as the reader types, renders
 * section results with their policy, topics and a marked excerpt, and keeps the query and
 * filters in the URL. Loaded only on the search page.
 */
import { getTopic, isTopicSlug, type TopicSlug } from '../../lib/taxonomy.ts';
import { latestOnly } from '../../lib/latest-only.ts';
import { SEARCH_FILTERS, sectionExcerpt, type ExcerptPart } from '../../lib/search-records.ts';
import { resultLink } from '../../lib/highlight.ts';
import { missingWords, missingWordsMessage, noResultsMessage, parseSearchState, queryProblem, searchParams, type SearchState } from '../../lib/search-state.ts';
import { withBase } from '../../lib/urls.ts';
import { SITE } from '../../lib/site.ts';
import { topicsForQuery } from '../../lib/topic-search.ts';
import { openFrom } from '../shared/open-from.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole content (heading line, text, topic labels). */
  content: string;
  meta: Record<string, string>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
/** Most topic pages offered above the results. */
const TOPIC_LINKS = 4;
const ORGANIZATIONS_SHOWN = 15;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-query');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const topicBox = byId<HTMLElement>('topic-filters');
const orgBox = byId<HTMLElement>('organization-filters');
const orgNote = byId<HTMLElement>('organization-note');
const clear = byId<HTMLButtonElement>('search-clear');
const filterPanel = byId<HTMLDetailsElement>('search-filters');
const activeFilters = byId<HTMLElement>('search-filters-active');
const topicLinks = byId<HTMLUListElement>('search-topics');
/** Tailwind's md breakpoint: from there the filters sit beside the results, always open. */
const WIDE = '(min-width: 48rem)';

let state: SearchState = parseSearchState(new URL(location.href).searchParams);
let pagefind: Promise<Pagefind> | undefined;
let shown: PagefindResponse['results'] = [];
let rendered = 0;
let generation = 0;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ withBase('pagefind/pagefind.js')).then(async (module: Pagefind) => {
    // Record URLs already include the base path.
    await module.options({ baseUrl: '/', excerptLength: 40 });
    await module.init();
    return module;
  });
  return pagefind;
}

function setStatus(text: string): void {
  status.textContent = text;
}

/** Pagefind's excerpt as runs of text, marked where it matched the query. */
function excerptParts(html: string): ExcerptPart[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  return [...parsed.querySelector('p')!.childNodes].map((node) => ({
    text: node.textContent ?? '',
    marked: node instanceof HTMLElement && node.tagName === 'MARK',
  }));
}

/** The words an excerpt marks as matching. */
const markedWords = (excerpt: string): string[] => excerptParts(excerpt).flatMap((part) => (part.marked ? [part.text] : []));

/**
 * The excerpt as text runs, keeping only text and <mark>: the index is data, not markup. The
 * heading and topic labels the record adds around the section's text are left out.
 */
function excerptNode(html: string, content: string, heading: string, topics: readonly TopicSlug[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of sectionExcerpt(excerptParts(html), heading, topics, content)) {
    if (!part.marked) out.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      out.append(mark);
    }
  }
  return out;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result rounded border border-slate-200 p-4 dark:border-slate-800';
  const policy = document.createElement('p');
  policy.className = 'text-sm font-semibold text-slate-700 dark:text-slate-300';
  policy.textContent = data.meta['policy'] ?? '';
  const heading = document.createElement('h3');
  heading.className = 'text-lg font-semibold';
  const link = document.createElement('a');
  link.href = resultLink(data.url, state.query);
  link.className = 'text-accent-700 underline-offset-2 hover:underline dark:text-accent-300';
  link.textContent = data.meta['title'] ?? data.url;
  // A policy in another language than the site's: its lang (and dir), as the record carries them.
  const text = { ...(data.meta['lang'] ? { lang: data.meta['lang'] } : {}), ...(data.meta['dir'] ? { dir: data.meta['dir'] } : {}) };
  Object.assign(link, text);
  heading.append(link);
  const topics = document.createElement('ul');
  topics.className = 'mt-1 flex flex-wrap gap-1.5';
  topics.setAttribute('aria-label', 'Topics');
  const slugs = (data.meta['topics'] ?? '').split(',').filter(isTopicSlug);
  for (const slug of slugs) {
    const chip = document.createElement('li');
    chip.className = 'rounded-full border border-slate-400 px-2 py-0.5 text-xs text-slate-700 dark:border-slate-500 dark:text-slate-300';
    chip.textContent = getTopic(slug).label;
    topics.append(chip);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt mt-2 text-slate-800 dark:text-slate-200';
  excerpt.append(excerptNode(data.excerpt, data.content, data.meta['title'] ?? '', slugs));
  Object.assign(excerpt, text);
  item.append(policy, heading, topics, excerpt);
  return item;
}

/** The next page of results' data. */
function nextPage(): Promise<PagefindResultData[]> {
  return Promise.all(shown.slice(rendered, rendered + PAGE_SIZE).map((result) => result.data()));
}

function appendResults(data: readonly PagefindResultData[]): void {
  list.append(...data.map(resultItem));
  rendered += data.length;
  more.hidden = rendered >= shown.length;
}

async function renderMore(token: number): Promise<void> {
  const data = await nextPage();
  if (token === generation) appendResults(data);
}

/** Filter checkboxes with the number of results each would give. */
function renderFilterCounts(response: PagefindResponse | null, all: Record<string, Record<string, number>>): void {
  const counts = response?.filters ?? all;
  for (const box of topicBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = counts[SEARCH_FILTERS.topic]?.[box.value] ?? 0;
    box.checked = state.topics.includes(box.value as never);
    box.closest('label')!.querySelector('[data-count]')!.textContent = String(count);
  }
  const orgCounts = counts[SEARCH_FILTERS.organization] ?? {};
  const names = Object.keys(all[SEARCH_FILTERS.organization] ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
  // Update the boxes in place: replacing them would throw away the focus of a keyboard user.
  const existing = new Map([...orgBox.querySelectorAll<HTMLInputElement>('input')].map((box) => [box.value, box]));
  for (const name of names) {
    let box = existing.get(name);
    if (!box) {
      const label = document.createElement('label');
      label.className = 'flex items-center gap-2 py-0.5';
      box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'org';
      box.value = name;
      box.className = 'size-4 accent-accent-700';
      const text = document.createElement('span');
      text.textContent = name;
      const count = document.createElement('span');
      count.className = 'ml-auto tabular-nums text-slate-700 dark:text-slate-400';
      count.dataset['count'] = '';
      label.append(box, text, count);
      orgBox.append(label);
    }
    box.checked = state.organizations.includes(name);
    box.closest('label')!.querySelector('[data-count]')!.textContent = String(orgCounts[name] ?? 0);
  }
  // With many policies, list the organizations with the most matches (and any ticked or focused).
  const ranked = names.filter((name) => (orgCounts[name] ?? 0) > 0).sort((a, b) => (orgCounts[b] ?? 0) - (orgCounts[a] ?? 0));
  const shownNames = new Set(ranked.slice(0, ORGANIZATIONS_SHOWN));
  for (const box of orgBox.querySelectorAll<HTMLInputElement>('input')) {
    box.closest('label')!.hidden = !(shownNames.has(box.value) || box.checked || box === document.activeElement);
  }
  const hiddenCount = ranked.length - shownNames.size;
  orgNote.hidden = hiddenCount <= 0;
  orgNote.textContent = hiddenCount > 0 ? `${hiddenCount} more with fewer matches: add a word to narrow the search.` : '';
}

function writeUrl(): void {
  const query = searchParams(state).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  document.title = `${state.query ? `“${state.query}”: search` : 'Search'} · ${SITE.name}`;
}

/**
 * Searches for the current state; calls while a search runs are coalesced into one search after it (see
 * latestOnly), and the search they overtook shows nothing. Results are marked busy until the latest
 * search has shown its results, for assistive technology (and tests) to wait on.
 */
const searchLatest = latestOnly(searchNow, {
  overtaken: () => generation++,
  idle: () => list.setAttribute('aria-busy', 'false'),
});

/** A search slower than this says "Searching…" until it answers (the index is loading, or it is large). */
const SLOW_SEARCH_MS = 300;

async function searchNow(): Promise<void> {
  const token = ++generation;
  // Every way a search ends sets the status, so the notice never outlives it.
  const slow = setTimeout(() => {
    if (token === generation) setStatus('Searching…');
  }, SLOW_SEARCH_MS);
  try {
    await search(token);
  } finally {
    clearTimeout(slow);
  }
}

function run(): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  return searchLatest();
}

/** On a phone, the folded filters' summary says how many are on. */
function showActiveFilters(): void {
  const active = state.topics.length + state.organizations.length;
  activeFilters.textContent = active === 0 ? '' : ` (${active} on)`;
}

/** Offers the side-by-side pages of the topics the query names, then of the ticked topics. */
function showTopicLinks(): void {
  const slugs = [...new Set([...topicsForQuery(state.query), ...state.topics])].slice(0, TOPIC_LINKS);
  const items = new Map([...topicLinks.querySelectorAll<HTMLLIElement>('li[data-topic]')].map((item) => [item.dataset['topic'], item]));
  const wanted = slugs.flatMap((slug) => items.get(slug) ?? []);
  const current = [...items.values()].filter((item) => !item.hidden);
  // Reorder only when the order changes: moving a node would take the focus from a link in it.
  if (wanted.some((item, i) => current[i] !== item)) topicLinks.append(...wanted);
  for (const item of items.values()) item.hidden = !wanted.includes(item);
  topicLinks.hidden = wanted.length === 0;
}

async function search(token: number): Promise<void> {
  writeUrl();
  showActiveFilters();
  showTopicLinks();
  const instance = await loadPagefind();
  const all = await instance.filters();
  const filters: Record<string, unknown> = {};
  if (state.topics.length) filters[SEARCH_FILTERS.topic] = { any: state.topics };
  if (state.organizations.length) filters[SEARCH_FILTERS.organization] = { any: state.organizations };
  const problem = queryProblem(state.query);
  const hasFilters = state.topics.length + state.organizations.length > 0;
  if (problem && !(problem === 'empty' && hasFilters)) {
    if (token !== generation) return;
    list.replaceChildren();
    more.hidden = true;
    renderFilterCounts(null, all);
    setStatus(problem === 'empty' ? 'Type a word or phrase, such as “retention” or “third parties”, or pick a topic.' : 'Type at least two letters.');
    return;
  }
  const query = problem === 'empty' ? null : state.query;
  // No debounce: over cached chunks a search takes milliseconds on a small collection, and
  // keystrokes that come while it runs are coalesced into one search after it (searchLatest).
  const response = await instance.search(query, { filters });
  if (token !== generation) return;
  shown = response.results;
  rendered = 0;
  list.replaceChildren();
  renderFilterCounts(response, all);
  if (shown.length === 0) {
    more.hidden = true;
    setStatus(noResultsMessage(state.query, hasFilters));
    return;
  }
  const first = await nextPage();
  if (token !== generation) return;
  // Pagefind answers a word it does not know with sections holding a prefix of it ("blockchain" finds "block").
  const missing = state.query ? missingWords(state.query, first.flatMap((data) => markedWords(data.excerpt))) : [];
  if (missing.length > 0) {
    shown = [];
    more.hidden = true;
    renderFilterCounts({ results: [], filters: {}, totalFilters: {} }, all);
    setStatus(missingWordsMessage(missing));
    return;
  }
  appendResults(first);
  setStatus(`${shown.length} ${shown.length === 1 ? 'section' : 'sections'} found${state.query ? ` for “${state.query}”` : ''}.`);
}

function readForm(): void {
  const data = new FormData(form);
  state = parseSearchState(
    new URLSearchParams([...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  readForm();
  void run();
});
input.addEventListener('input', () => {
  readForm();
  void run();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
    readForm();
    void run();
  }
});
more.addEventListener('click', () => {
  const first = rendered;
  void renderMore(generation).then(() => list.querySelectorAll<HTMLAnchorElement>('a')[first]?.focus());
});
clear.addEventListener('click', () => {
  state = { ...state, topics: [], organizations: [] };
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
  void run();
});

input.value = state.query;
openFrom(filterPanel, WIDE);
for (const element of document.querySelectorAll<HTMLElement>('[data-search-js]')) element.hidden = false;
for (const element of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) element.hidden = true;
void run().catch((error: unknown) => {
  console.error(error);
  setStatus('Search could not load. Reload the page to try again.');
});
