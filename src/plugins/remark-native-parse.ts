/**
 * unified plugin: parses Markdown with satteri's native (Rust) parser instead of micromark.
 * satteri builds the same mdast as remark-parse with remark-gfm, positions included (compared on
 * every policy and a set of tricky documents by tests/unit/native-parse.test.ts), about 25 times
 * faster: parsing was most of the time of a large build. Where satteri's native binary is not
 * available, the plugin does nothing and remark-parse stays the parser.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';

type Parse = (source: string, options: { features: { frontmatter: false; gfm: true } }) => unknown;

/** satteri's parser, or undefined where its binary cannot load. */
export const nativeParse: Parse | undefined = await import('satteri').then(
  (satteri) => satteri.markdownToMdast as Parse,
  () => undefined,
);

export default function remarkNativeParse(this: Processor): void {
  if (!nativeParse) return;
  const parse = nativeParse;
  // Astro hands over the body without its frontmatter: a leading `---` is Markdown here.
  this.parser = (document: string) => parse(document, { features: { frontmatter: false, gfm: true } }) as Root;
}
