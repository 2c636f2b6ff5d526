/**
 * remark plugin: splits a policy into sections (ids, text, topics) and hands them to Astro as
 * `remarkPluginFrontmatter.sections`. The logic lives in `src/lib/sections.ts`; this wrapper
 * only turns content errors into messages with the file and its line.
 */
import { readFileSync, statSync } from 'node:fs';
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
  /** The site's base path and its public folder: images on the site are checked there and get the base path. Default: not checked. */
  readonly site?: { readonly base: string; readonly publicDir: string } | undefined;
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

/** Whether `sitePath` (`/images/chart.png`) is a file in `directory`, and not outside it. */
function isFileUnder(directory: string, sitePath: string): boolean {
  const file = path.join(directory, sitePath);
  if (path.relative(directory, file).startsWith('..')) return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export default function remarkPolicySections(options: Readonly<Options>) {
  const { classify, onProblem, site, keepDocument = false } = options;
  const images = site && { base: site.base, exists: (file: string) => isFileUnder(site.publicDir, file) };
  return function transform(tree: Root, file: VFile): void {
    let sections;
    try {
      // Footnote ids start with the policy's slug: sections of several policies share topic and comparison pages.
      sections = extractSections(tree, { classify, idPrefix: file.path ? `${slugOfFile(file.path)}-` : undefined, images });
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
