/**
 * Bad content is caught at build time with a clear message (file, line or field, what to do)
 * and no output; a policy without headings and a 1 MB policy build fine. Each case is a folder
 * of policies under tests/fixtures/content/, built as the whole site.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../support/build.ts';

const FIXTURES = 'tests/fixtures/content';

const rejected: { fixture: string; expect: RegExp[] }[] = [
  { fixture: 'missing-field', expect: [/missing-field\/acme\.md: Frontmatter field "organization" is missing/] },
  { fixture: 'invalid-date', expect: [/invalid-date\/acme\.md:5: Frontmatter field "last_updated" must be an ISO date \(YYYY-MM-DD\)/] },
  { fixture: 'no-frontmatter', expect: [/no-frontmatter\/acme\.md:1: Missing frontmatter/] },
  { fixture: 'duplicate-slugs', expect: [/Duplicate slug "acme": .*ACME\.md and .*acme\.md would publish at the same URL/] },
  { fixture: 'duplicate-pinned-ids', expect: [/duplicate-pinned-ids\/acme\.md:12: The pinned id "#keep" is used by more than one heading/] },
  { fixture: 'unknown-topic', expect: [/unknown-topic\/acme\.md:10: Unknown topic "retension" .* Valid topics: overview, collection,/] },
  { fixture: 'empty-policy', expect: [/empty-policy\/acme\.md:7: The policy has no text/] },
  { fixture: 'raw-html', expect: [/raw-html\/acme\.md:12: Raw HTML is not allowed/] },
  { fixture: 'unreferenced-footnote', expect: [/unreferenced-footnote\/acme\.md:13: The footnote "\[\^2\]" is never referred to/] },
  { fixture: 'empty-heading', expect: [/empty-heading\/acme\.md:12: A heading \("###"\) has no title/] },
  { fixture: 'missing-image', expect: [/missing-image\/acme\.md:12: The image "\/images\/iso-27001\.png" is not among the site's files, so it would show as broken\. Save it as public\/images\/iso-27001\.png/] },
  { fixture: 'remote-image', expect: [/remote-image\/acme\.md:12: The image "https:\/\/badges\.example\/certified\.png" would be loaded from another site/] },
];

describe('bad content stops the build with a clear message and writes nothing', { concurrency: 2 }, () => {
  for (const { fixture, expect } of rejected) {
    it(fixture, async () => {
      const result = await buildSite({ policiesDir: path.join(FIXTURES, fixture) });
      assert.notEqual(result.status, 0, `the build of ${fixture} should fail:\n${result.output}`);
      for (const pattern of expect) assert.match(result.output, pattern);
      assert.match(result.output, /nothing was written/);
      assert.equal(existsSync(result.outDir), false, 'no output folder is left behind');
    });
  }
});

describe('unusual but valid content builds', { concurrency: 2 }, () => {
  it('a policy without headings becomes one introduction section', async () => {
    const result = await buildSite({ policiesDir: path.join(FIXTURES, 'no-headings') });
    assert.equal(result.status, 0, result.output);
    const doc = JSON.parse(readFileSync(path.join(result.outDir, 'api/v1/policies/acme.json'), 'utf8')) as { sections: { id: string; words: number }[] };
    assert.deepEqual(doc.sections.map((s) => s.id), ['introduction']);
    assert.ok(doc.sections[0]!.words > 20);
  });

  it('a footnote shows with the section that refers to it, on its policy page and its topic page, and counts in its text', async () => {
    const result = await buildSite({ policiesDir: path.join(FIXTURES, 'footnotes') });
    assert.equal(result.status, 0, result.output);
    const note = 'Seven years is the period banking law sets for statements.';
    const page = readFileSync(path.join(result.outDir, 'policies/acme/index.html'), 'utf8');
    const retention = page.slice(page.indexOf('id="retention"'), page.indexOf('id="contact"'));
    assert.ok(retention.includes(note), 'the note is in the retention section');
    assert.match(retention, /href="#acme-retention-fn-law"/);
    assert.ok(readFileSync(path.join(result.outDir, 'topics/retention/index.html'), 'utf8').includes(note), 'the note travels with its section');
    const doc = JSON.parse(readFileSync(path.join(result.outDir, 'api/v1/policies/acme.json'), 'utf8')) as { sections: { id: string; text: string }[] };
    assert.ok(doc.sections.find((s) => s.id === 'retention')!.text.endsWith(note));
    assert.ok(!doc.sections.find((s) => s.id === 'contact')!.text.includes(note));
  });

  it('a 1 MB policy builds, with every section on its page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'large-policy-'));
    const paragraph =
      'We retain account information for as long as your account is active and for a reasonable period afterwards to comply with our legal obligations, resolve disputes and enforce our agreements. ';
    const sections: string[] = [];
    let size = 0;
    for (let i = 1; size < 1_000_000; i++) {
      const text = `## ${i}. Retention of records, part ${i}\n\n${paragraph.repeat(12)}\n`;
      sections.push(text);
      size += text.length;
    }
    writeFileSync(
      path.join(dir, 'large.md'),
      `---\ntitle: Privacy Policy\norganization: Large Corp\nsource: Generated test fixture\nlast_updated: null\n---\n\n${sections.join('\n')}`,
    );
    const result = await buildSite({ policiesDir: dir });
    assert.equal(result.status, 0, result.output);
    const html = readFileSync(path.join(result.outDir, 'policies/large/index.html'), 'utf8');
    assert.equal((html.match(/<h2 id="retention-of-records-part-\d+"/g) ?? []).length, sections.length);
  });
});
