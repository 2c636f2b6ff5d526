/**
 * remark plugin: splits a policy into sections (ids, text, topics) and hands them to Astro as
 * `remarkPluginFrontmatter.sections`. The logic lives in `src/lib/sections.ts`; this wrapper
 * only turns content errors into messages with the file and its line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { slugOfFile, type ContentProblem } from '../lib/content-check.ts';
import { PolicyContentError, extractSections, type ClassifyFn } from '../lib/sections.ts';

export interface Options {
  /** Topic classifier for sections without an author override. Required. */
  readonly classify: ClassifyFn;
  /**
   * Called with a content problem (unknown topic, duplicate pinned id, raw HTML, ...) before the
   * plugin throws, so a build can stop with every problem listed. Default: none.
   */
  readonly onProblem?: ((problem: ContentProblem) => void) | undefined;
  /** Keep the document for Astro to render as a whole (`<Content />`). Default false: pages use the sections. */
  readonly keepDocument?: boolean | undefined;
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Lines before the Markdown body (the frontmatter), so messages give the line in the file. */
function bodyLineOffset(file: VFile): number {
  try {
    const contents = readFileSync(file.path, 'utf8');
    // Astro hands over the body trimmed, so find where it starts in the file.
    const start = contents.indexOf(String(file.value));
    return start <= 0 ? 0 : contents.slice(0, start).split('\n').length - 1;
  } catch {
    return 0;
  }
}

export default function remarkPolicySections(options: Readonly<Options>) {
  const { classify, onProblem, keepDocument = false } = options;
  return function transform(tree: Root, file: VFile): void {
    let sections;
    try {
      // Footnote ids start with the policy's slug: sections of several policies share topic and comparison pages.
      sections = extractSections(tree, { classify, idPrefix: file.path ? `${slugOfFile(file.path)}-` : undefined });
    } catch (error) {
      if (!(error instanceof PolicyContentError)) throw error;
      const shown = file.path ? path.relative(file.cwd, file.path) : '(policy)';
      const line = error.line === undefined ? undefined : error.line + (file.path ? bodyLineOffset(file) : 0);
      onProblem?.({ file: shown, line, message: error.message });
      throw new Error(`${shown}${line === undefined ? '' : `:${line}`}: ${error.message}`);
    }
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['sections'] = sections;
    // Pages render policies from their sections, each already rendered; rendering the whole
    // document again (and storing it in Astro's content store) would be unused work that
    // dominates the build at a thousand policies.
    if (!keepDocument) tree.children = [];
  };
}
