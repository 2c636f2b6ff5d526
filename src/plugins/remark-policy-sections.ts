/**
 * remark plugin: splits a policy into sections (ids, text, topics) and hands them to Astro as
 * `remarkPluginFrontmatter.sections`. The logic lives in `src/lib/sections.ts`; this wrapper
 * only turns content errors into file-and-line messages.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { PolicyContentError, extractSections, type ClassifyFn } from '../lib/sections.ts';

export interface Options {
  /** Topic classifier for sections without an author override. Required. */
  readonly classify: ClassifyFn;
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkPolicySections(options: Readonly<Options>) {
  const { classify } = options;
  return function transform(tree: Root, file: VFile): void {
    let sections;
    try {
      sections = extractSections(tree, { classify });
    } catch (error) {
      if (error instanceof PolicyContentError) {
        const where = error.line === undefined ? '' : `:${error.line}`;
        // The line is counted in the Markdown body; say so, since the frontmatter comes first.
        throw new Error(`${file.path}${where} (line ${error.line ?? '?'} of the Markdown body, after the frontmatter): ${error.message}`);
      }
      throw error;
    }
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['sections'] = sections;
  };
}
