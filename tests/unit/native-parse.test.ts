/**
 * remark-native-parse swaps micromark for satteri's native parser. It is only an optimization
 * if the tree is the same: these tests compare both parsers' mdast, positions included, on every
 * policy, every content fixture and documents with the constructs policies and authors use.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkNativeParse, { nativeParse } from '../../src/plugins/remark-native-parse.ts';

const micromark = unified().use(remarkParse).use(remarkGfm);
const native = unified().use(remarkParse).use(remarkGfm).use(remarkNativeParse);
const parseWith = (processor: typeof micromark, document: string) => processor.runSync(processor.parse(document));

/** The Markdown body of a policy file, as Astro hands it to the processor. */
const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(dir, file));

const documents: Record<string, string> = {
  'pinned ids and topic overrides stay heading text': '## A {#pinned} {topics=retention}\n\ntext',
  'a leading thematic break is not frontmatter': '---\n\ntext after a rule\n\n---\n',
  tables: '| a | b |\n|---|:-:|\n| 1 | 2 |\n| x\\|y | `c` |',
  footnotes: 'Footnote[^1] and more.\n\n[^1]: The note.\n',
  lists: '* one\n* two\n   * nested\n\n1. a\n2. b\n\n- [ ] task\n- [x] done\n\n1) paren\n2) list\n\n10. ten\n11. eleven',
  'raw html': '<script>alert(1)</script>\n\n<div>\n*x*\n</div>\n\nInline <b>bold</b> html',
  links: 'See [the policy][ref], <https://example.com>, www.example.com and x@example.com.\n\n[ref]: https://example.com/p "Title"\n\n![image](a.png "t") [link](</a b> "t")',
  emphasis: '**bold *nested* text** _under_ ~~strike~~ ***both***',
  headings: 'Setext\n======\n\nSub\n---\n\n# ATX # \n\n####### seven',
  'quotes and code': '> quote\n> > nested\n\n    code block\n\n```js\nfenced\n```',
  'breaks and entities': 'Line one  \nline two\\\nline three &amp; &copy; &#169; &nbsp; \\* escaped',
  'windows line endings': 'a\r\nwindows\r\n\r\n## Heading\r\n\r\nbody\r\n',
  unicode: 'Unicode: Ünïcödé — “quotes” … 日本語 😀\n\n## Données personnelles\n\nTabs\tin\ttext',
  empty: '',
};

describe('remark-native-parse', () => {
  it('uses the native parser on this machine', () => {
    assert.ok(nativeParse, 'satteri could not load: builds fall back to micromark and are much slower');
  });

  it('builds the same mdast as remark-parse with GFM on every policy and content fixture', () => {
    const files = [...markdownFiles('content/policies'), ...markdownFiles('tests/fixtures/content')];
    assert.ok(files.length >= 12);
    for (const file of files) assert.deepStrictEqual(parseWith(native, body(file)), parseWith(micromark, body(file)), file);
  });

  for (const [name, document] of Object.entries(documents)) {
    it(`builds the same mdast for ${name}`, () => {
      assert.deepStrictEqual(parseWith(native, document), parseWith(micromark, document));
    });
  }
});
