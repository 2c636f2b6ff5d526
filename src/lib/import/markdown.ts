/**
 * Serializes an imported policy: YAML frontmatter plus a Markdown body written by
 * remark-stringify, which escapes what the text needs (a literal "<", "*", "1." at the start of
 * a paragraph), so policy text can never turn into markup or raw HTML.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import yaml from 'js-yaml';
import type { PolicyFrontmatter } from '../schema.ts';

/** Field order of the frontmatter, as the schema documents it. */
const FIELD_ORDER: readonly (keyof PolicyFrontmatter)[] = [
  'title',
  'organization',
  'product',
  'source',
  'last_updated',
  'effective',
  'archived',
  'retrieved',
  'provenance',
  'language',
];

/** Markdown body of a tree, in the site's style: "-" bullets, "*" emphasis, ATX headings. */
export function toMarkdownBody(tree: Root): string {
  const processor = unified().use(remarkGfm).use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    fences: true,
  });
  return processor.stringify(tree);
}

/**
 * YAML frontmatter. The JSON schema keeps dates as plain `2024-02-08` (no quotes, no
 * timestamps), the form the content check reads back as strings.
 */
export function toFrontmatter(frontmatter: PolicyFrontmatter): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const value = frontmatter[field];
    if (value !== undefined) ordered[field] = value;
  }
  return `---\n${yaml.dump(ordered, { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true })}---\n`;
}

/** The whole policy file. */
export function toPolicyFile(frontmatter: PolicyFrontmatter, tree: Root): string {
  return `${toFrontmatter(frontmatter)}\n${toMarkdownBody(tree)}`;
}
