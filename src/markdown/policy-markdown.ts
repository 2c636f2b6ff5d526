/**
 * The Markdown pipeline of policies, in one place: the config uses it as `markdown.processor`,
 * and each worker thread of the parallel renderer builds the same pipeline from it.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkPolicySections, { type Options as SectionsOptions } from '../plugins/remark-policy-sections.ts';
import { classifySection } from '../lib/classify.ts';

export function policyMarkdownOptions(hooks: Pick<SectionsOptions, 'onProblem'> = {}): UnifiedProcessorOptions {
  return {
    // Policies are kept verbatim: no typographic rewriting of quotes or dashes.
    smartypants: false,
    remarkPlugins: [[remarkPolicySections, { classify: classifySection, onProblem: hooks.onProblem }]],
  };
}
