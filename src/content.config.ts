import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './lib/schema.ts';

/**
 * Policies are Markdown files in `content/policies/` (or `POLICIES_DIR`, used by the benchmark and
 * test fixtures); the file name is the slug.
 */
const policies = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env['POLICIES_DIR'] ?? './content/policies' }),
  schema: policySchema,
});

export const collections = { policies };
