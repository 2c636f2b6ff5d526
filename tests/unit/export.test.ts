import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { coverageCsv, csvField, type ExportablePolicy } from '../../src/lib/export.ts';
import { extractSections, type ClassifyFn } from '../../src/lib/sections.ts';
import { TOPICS } from '../../src/lib/taxonomy.ts';

/** Sections whose topics the author set (`{topics=...}`); the introduction gets `overview`. */
const classify: ClassifyFn = () => [{ topic: 'overview', score: 0.5, evidence: [] }];

function policy(slug: string, organization: string, markdown: string): ExportablePolicy {
  const sections = extractSections(unified().use(remarkParse).parse(markdown), { classify });
  return {
    slug,
    data: { title: 'Privacy Policy', organization, source: 'test', last_updated: null, language: 'en', provenance: [] } as ExportablePolicy['data'],
    sections,
    words: sections.reduce((sum, section) => sum + section.words, 0),
  };
}

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
    assert.equal(csvField('Acme'), 'Acme');
    assert.equal(csvField('Acme, Inc.'), '"Acme, Inc."');
    assert.equal(csvField('the "Service"'), '"the ""Service"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(1322), '1322');
    assert.equal(csvField(null), '');
  });

  it('keeps a spreadsheet from running a text as a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvField('+1 555'), "'+1 555");
    assert.equal(csvField('@acme'), "'@acme");
  });
});

describe('coverage CSV', () => {
  const policies = [
    policy(
      'acme',
      'Acme, Inc.',
      `We explain our practices here.\n\n## Keeping data {topics=retention}\n\n${'word '.repeat(120)}\n\n## Security {topics=security,children}\n\nWe protect it.\n`,
    ),
    policy('zeta', 'Zeta', 'Only an introduction.\n'),
  ];
  const csv = coverageCsv(policies, new URL('https://example.org/compare/'));
  const lines = csv.split('\r\n');

  it('starts with a byte-order mark and ends each line with CRLF', () => {
    assert.ok(csv.startsWith('\ufeff'));
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(lines.length, policies.length + 2);
  });

  it('has the policy columns, then a level and a word count per topic in taxonomy order', () => {
    const header = lines[0]!.slice(1).split(',');
    assert.deepEqual(header.slice(0, 7), ['organization', 'title', 'product', 'url', 'last_updated', 'sections', 'words']);
    assert.deepEqual(header.slice(7), TOPICS.flatMap(({ slug }) => [slug, `${slug}_words`]));
  });

  it('gives each policy its coverage: words of the sections mainly about a topic, "mentioned" for a side topic, "none" for silence', () => {
    const header = lines[0]!.slice(1).split(',');
    const row = lines[1]!;
    assert.ok(row.startsWith('"Acme, Inc.",Privacy Policy,,https://example.org/policies/acme/,,3,'), row);
    const cells = row.replace('"Acme, Inc."', 'Acme').split(',');
    const cell = (column: string) => cells[header.indexOf(column)];
    assert.equal(cell('retention'), 'covered');
    assert.equal(cell('retention_words'), '120');
    assert.equal(cell('security'), 'brief');
    assert.equal(cell('security_words'), '3');
    assert.equal(cell('children'), 'mentioned');
    assert.equal(cell('children_words'), '0');
    assert.equal(cell('sharing'), 'none');
    const silent = lines[2]!.split(',');
    assert.equal(silent[header.indexOf('retention')], 'none');
    assert.equal(silent[header.indexOf('overview')], 'brief');
  });

  it('gives site-relative page paths when the site address is not known', () => {
    assert.match(coverageCsv(policies).split('\r\n')[1]!, /,\/policies\/acme\/,/);
  });
});
