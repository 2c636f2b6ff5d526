// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { policyContent } from './src/integrations/policy-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import { contentStoreModule } from './src/integrations/content-store-module.ts';
import { parallelPolicyMarkdown } from './src/markdown/parallel-renderer.ts';
import { policiesDirectory } from './src/lib/content-check.ts';

// SITE and BASE let the same build serve from a domain root or a sub-path (e.g. GitHub Pages);
// POLICIES_DIR points the build at another set of policies (benchmarks, test fixtures).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';
const policiesDir = policiesDirectory();

const content = policyContent({ directory: policiesDir });
const search = pagefindIndex();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Caches live in the project (not node_modules), so builds in separate checkouts or of other
  // policy sets (benchmarks, fixtures) never share a content store.
  cacheDir: process.env.CACHE_DIR ?? './.cache/astro',
  // Stylesheets and scripts are files, never inline, so a strict Content-Security-Policy holds.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [content.integration, search.integration, hostConfig(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  markdown: {
    // Policies hold no code: no highlighter to load in every renderer.
    syntaxHighlight: false,
    // The unified pipeline of src/markdown/policy-markdown.ts (remark-policy-sections splits and
    // tags sections), run on one worker thread per core.
    // MARKDOWN_WORKERS=0 renders on the main thread (for profiling and comparison).
    processor: parallelPolicyMarkdown({
      onProblem: content.report,
      // Each policy's sections go to the search index as they are rendered.
      onRendered: search.collect,
      workers: process.env.MARKDOWN_WORKERS === undefined ? undefined : Number(process.env.MARKDOWN_WORKERS),
      // Images on this site are checked against public/ and get the base path.
      site: { base, publicDir: fileURLToPath(new URL('./public/', import.meta.url)) },
    }),
  },
  vite: {
    plugins: [tailwindcss(), contentStoreModule()],
    cacheDir: process.env.CACHE_DIR ? `${process.env.CACHE_DIR}/vite` : './.cache/vite',
    // No modulepreload polyfill: the only dynamic import is Pagefind's own script on the search
    // page (not a bundled chunk, nothing to preload), and the polyfill would triple the
    // JavaScript a policy page loads up front.
    build: { modulePreload: false, assetsInlineLimit: 0 },
  },
});
