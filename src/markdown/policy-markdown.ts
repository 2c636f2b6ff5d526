/**
 * The Markdown pipeline of policies, in one place: the config uses it as `markdown.processor`,
 * and each worker thread of the parallel renderer builds the same pipeline from it.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkNativeParse from '../plugins/remark-native-parse.ts';
import remarkPolicySections, { type Options as SectionsOptions } from '../plugins/remark-policy-sections.ts';
import { classifySection } from '../lib/classify.ts';

/** What the pipeline is told: where content problems go, and the site (its base path and public folder) that images are checked against. */
export type PipelineOptions = Pick<SectionsOptions, 'onProblem' | 'site'>;

export function policyMarkdownOptions(hooks: PipelineOptions = {}): UnifiedProcessorOptions {
  return {
    // Policies are kept verbatim: no typographic rewriting of quotes or dashes.
    smartypants: false,
    // The parser first: satteri's native parser builds remark-parse's mdast, much faster.
    remarkPlugins: [remarkNativeParse, [remarkPolicySections, { classify: classifySection, onProblem: hooks.onProblem, site: hooks.site }]],
  };
}
