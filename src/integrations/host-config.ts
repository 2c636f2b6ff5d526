/** Writes host configuration next to the built site: `_headers` (Netlify, Cloudflare Pages). */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { netlifyHeadersFile } from '../lib/security-headers.ts';

export function hostConfig(): AstroIntegration {
  let base = '/';
  return {
    name: 'privacy-compare:host-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), netlifyHeadersFile(base));
      },
    },
  };
}
