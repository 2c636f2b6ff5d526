// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkPolicySections from './src/plugins/remark-policy-sections.ts';
import { classifySection } from './src/lib/classify.ts';

// SITE and BASE let the same build serve from a domain root or a sub-path (e.g. GitHub Pages).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  srcDir: './src',
  publicDir: './public',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Policies are kept verbatim: no typographic rewriting of quotes or dashes.
      smartypants: false,
      remarkPlugins: [[remarkPolicySections, { classify: classifySection }]],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
