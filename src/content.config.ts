import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './lib/schema.ts';
import { policiesDirectory } from './lib/content-check.ts';

/**
 * Policies are Markdown files in `content/policies/` (or `POLICIES_DIR`, used by the benchmark and
 * test fixtures); the file name is the slug.
 */
const policies = defineCollection({
  // retainBody: false: pages render from sections, so the raw Markdown would only bloat the
  // content store that Vite bundles into the build.
  loader: glob({ pattern: '*.md', base: policiesDirectory(), retainBody: false }),
  schema: policySchema,
});

export const collections = { policies };
