/**
 * Frontmatter schema of a policy file (`content/policies/<slug>.md`).
 * Used by the content collection, the importer and tests: one source of truth.
 */
import { z } from 'astro/zod';

/** YAML turns `2023-06-15` into a Date; authors may also quote it. Both become `YYYY-MM-DD`. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' }),
);

export const policySchema = z.strictObject({
  /** Title as the policy states it, e.g. "Privacy Policy". */
  title: z.string().trim().min(1, 'must not be empty'),
  /** Organization that publishes the policy, e.g. "IndusTrack, LLC". */
  organization: z.string().trim().min(1, 'must not be empty'),
  /** Product or service the policy covers, where it names one. */
  product: z.string().trim().min(1).optional(),
  /** Where the text came from: a URL, or a description when there is none. */
  source: z.string().trim().min(1, 'must not be empty (a URL or a description of where the text came from)'),
  /** Date the policy says it was last updated; `null` when the policy states none. */
  last_updated: isoDate.nullable(),
  /** Effective date, where the policy states one separately. */
  effective: isoDate.optional(),
  /** Date of the archived copy the text was taken from. */
  archived: isoDate.optional(),
  /** Date the text was retrieved from the live page. */
  retrieved: isoDate.optional(),
  /** Provenance notes, e.g. "Extracted from an archived copy of influxis.com dated 2019-06-16." */
  provenance: z.array(z.string().trim().min(1)).optional(),
  /** BCP 47 language tag of the policy text ("en", "fr", "pt-BR"): it becomes the `lang` of the policy's words. */
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i, 'must be a language tag such as en, fr or pt-BR')
    .default('en'),
});

export type PolicyFrontmatter = z.infer<typeof policySchema>;
