/** One page of each type, for checks that run over the whole site (accessibility, privacy, CSP). */
export const PAGE_TYPES: readonly { name: string; path: string; ready?: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'policy', path: '/policies/influxis/' },
  { name: 'topic', path: '/topics/retention/' },
  { name: 'topics', path: '/topics/' },
  { name: 'compare', path: '/compare/?policies=autoidm,influxis' },
  { name: 'search with results', path: '/search/?q=retention', ready: '#search-results > li' },
  { name: 'not found', path: '/no-such-page/', status: 404 },
];
