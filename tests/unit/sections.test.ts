import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { extractSections, PolicyContentError, type ClassifyFn, type PolicySection } from '../../src/lib/sections.ts';
import { sectionId, stripNumbering } from '../../src/lib/section-id.ts';
import remarkPolicySections from '../../src/plugins/remark-policy-sections.ts';

/** A stand-in classifier: these tests are about splitting and ids, not topics. */
const classify: ClassifyFn = ({ text }) => [{ topic: /retain/i.test(text) ? 'retention' : 'other', score: 0.5, evidence: [] }];

function sections(markdown: string): PolicySection[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return extractSections(tree, { classify });
}

const ids = (markdown: string) => sections(markdown).map((s) => s.id);

describe('sectionId', () => {
  it('slugs the heading without its numbering', () => {
    assert.equal(
      sectionId('7. Security, Integrity and Retention of Personal Data'),
      'security-integrity-and-retention-of-personal-data',
    );
  });

  it('strips the common numbering styles', () => {
    const cases: Record<string, string> = {
      '1. Scope': 'Scope',
      '1.2 Scope': 'Scope',
      '1.2. Scope': 'Scope',
      '3) Scope': 'Scope',
      '(a) Scope': 'Scope',
      'IV. Scope': 'Scope',
      'b) Scope': 'Scope',
      'Section 3: Scope': 'Scope',
      'Article 12 - Scope': 'Scope',
      '2 Scope': 'Scope',
    };
    for (const [heading, expected] of Object.entries(cases)) assert.equal(stripNumbering(heading), expected, heading);
  });

  it('keeps words that only look like numbering', () => {
    assert.equal(sectionId('A Note on Cookies'), 'a-note-on-cookies');
    assert.equal(sectionId('I Agree'), 'i-agree');
    assert.equal(sectionId('Mix of Data'), 'mix-of-data');
    assert.equal(sectionId('2FA and Security'), '2fa-and-security');
  });

  it('keeps non-Latin letters and drops symbols', () => {
    assert.equal(sectionId('データの保護'), 'データの保護');
    assert.equal(sectionId('Datenschutz für Kinder'), 'datenschutz-für-kinder');
    assert.equal(sectionId('🍪 Cookies'), 'cookies');
    assert.equal(sectionId('What’s new?'), 'whats-new');
  });

  it('falls back to a generic id when nothing is left to slug', () => {
    assert.equal(sectionId('🍪'), 'section');
    assert.equal(sectionId('7.'), '7');
  });
});

describe('extractSections', () => {
  it('splits at every heading and keeps sub-sections as their own sections', () => {
    const result = sections('Intro text.\n\n## 1. Collection\n\nWe collect.\n\n### Device data\n\nIP addresses.\n\n## 2. Retention\n\nWe retain data.\n');
    assert.deepEqual(
      result.map((s) => [s.id, s.heading, s.level, s.parent, s.introduction]),
      [
        ['introduction', 'Introduction', 2, null, true],
        ['collection', '1. Collection', 2, null, false],
        ['device-data', 'Device data', 3, 'collection', false],
        ['retention', '2. Retention', 2, null, false],
      ],
    );
    assert.equal(result[2]!.text, 'IP addresses.');
    assert.equal(result[3]!.topics[0]!.topic, 'retention');
  });

  it('makes duplicate headings unique with a deterministic suffix', () => {
    assert.deepEqual(ids('## Contact\n\na\n\n## Contact\n\nb\n\n## 3. Contact\n\nc\n'), ['contact', 'contact-2', 'contact-3']);
    // The same input always gives the same ids.
    assert.deepEqual(ids('## Contact\n\na\n\n## Contact\n\nb\n'), ids('## Contact\n\na\n\n## Contact\n\nb\n'));
  });

  it('gives the introduction its own id, distinct from an "Introduction" heading', () => {
    assert.deepEqual(ids('Before any heading.\n\n## Introduction\n\nText.\n'), ['introduction', 'introduction-2']);
  });

  it('honours an id pinned by the author and removes the attribute from the heading', () => {
    const result = sections('## New wording of the heading {#old-id}\n\nText.\n');
    assert.equal(result[0]!.id, 'old-id');
    assert.equal(result[0]!.heading, 'New wording of the heading');
  });

  it('reserves pinned ids so a generated id never takes one pinned further down', () => {
    assert.deepEqual(ids('## Retention\n\na\n\n## How long we keep data {#retention}\n\nb\n'), ['retention-2', 'retention']);
  });

  it('leaves braces that are not attributes in the heading', () => {
    assert.equal(sections('## Data {beta}\n\ntext\n')[0]!.heading, 'Data {beta}');
  });

  it('rejects a pinned id used twice, naming the line', () => {
    assert.throws(
      () => sections('## A {#same}\n\na\n\n## B {#same}\n\nb\n'),
      (error: unknown) => error instanceof PolicyContentError && error.line === 5 && /"#same" is used by more than one heading/.test(error.message),
    );
  });

  it('rejects a malformed pinned id and an unknown attribute', () => {
    assert.throws(() => sections('## A {#bad id!}\n'), /Unknown heading attribute|not valid/);
    assert.throws(() => sections('## A {#-x}\n'), /not valid/);
    assert.throws(() => sections('## A {colour=red}\n'), /Unknown heading attribute "colour=red"/);
  });

  it('applies a topic override and rejects an unknown topic with the valid list', () => {
    const [section] = sections('## Storage {topics=retention,security}\n\nWe store data.\n');
    assert.deepEqual(section!.topics.map((t) => t.topic), ['retention', 'security']);
    assert.equal(section!.topicSource, 'author');
    assert.equal(section!.heading, 'Storage');
    assert.throws(
      () => sections('## Storage {topics=retension}\n\ntext\n'),
      (error: unknown) =>
        error instanceof PolicyContentError && error.line === 1 && /"retension"/.test(error.message) && /Valid topics: overview, collection/.test(error.message),
    );
  });

  it('treats a policy without headings as one introduction section', () => {
    const result = sections('We respect your privacy.\n\nWe retain nothing.\n');
    assert.equal(result.length, 1);
    assert.equal(result[0]!.id, 'introduction');
    assert.equal(result[0]!.text, 'We respect your privacy.\n\nWe retain nothing.');
    assert.equal(result[0]!.words, 7);
  });

  it('keeps empty sections, so every heading stays linkable', () => {
    const result = sections('## Your rights\n\n### Access\n\nYou may ask.\n');
    assert.deepEqual(result.map((s) => [s.id, s.text, s.html]), [
      ['your-rights', '', ''],
      ['access', 'You may ask.', '<p>You may ask.</p>'],
    ]);
  });

  it('writes a task list item\'s state as a ballot box in its text, not as an unlabeled checkbox', () => {
    const [section] = sections('## Your choices\n\n- [x] Email updates\n- [ ] Text messages\n');
    assert.equal(section!.text, '☑ Email updates\n☐ Text messages');
    assert.doesNotMatch(section!.html, /<input/);
    assert.match(section!.html, /<li>☑ Email updates<\/li>/);
  });

  it('keeps list items apart in the plain text and renders lists', () => {
    const [section] = sections('## Data\n\n- name\n- email address\n');
    assert.equal(section!.text, 'name\nemail address');
    assert.match(section!.html, /<ul>\s*<li>name<\/li>/);
  });

  it('puts each table in a focusable region named by its header row, so a wide table scrolls on its own', () => {
    const [section] = sections('## Data\n\n| Category | *Examples* |\n| --- | --- |\n| Identifiers | name |\n\n|  |  |\n| --- | --- |\n| a | b |\n');
    assert.match(section!.html, /^<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Category, Examples"><table>/);
    assert.match(section!.html, /<\/table><\/div>\n<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table>/);
  });

  it("checks images on the site against its files, and serves them under the site's base path", () => {
    const published = new Set(['/images/chart.png', '/images/our team.png']);
    const images = { base: '/docs/', exists: (path: string) => published.has(path) };
    const withImages = (markdown: string) => extractSections(unified().use(remarkParse).use(remarkGfm).parse(markdown), { classify, images });
    const [section] = withImages('## Data\n\n![Chart](/images/chart.png) ![Team][team] ![Dot](data:image/png;base64,iVBORw0KGgo=)\n\n[team]: /images/our%20team.png\n');
    assert.match(section!.html, /<img src="\/docs\/images\/chart\.png" alt="Chart">/);
    assert.match(section!.html, /<img src="\/docs\/images\/our%20team\.png" alt="Team">/);
    assert.match(section!.html, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="Dot">/);
    assert.throws(
      () => withImages('## Data\n\nText.\n\n![Chart](/images/missing.png)\n'),
      (e: unknown) => e instanceof PolicyContentError && e.line === 5 && /The image "\/images\/missing\.png" is not among the site's files, so it would show as broken\. Save it as public\/images\/missing\.png/.test(e.message),
    );
    assert.throws(() => withImages('## Data\n\n![Chart](chart.png)\n'), /The image "chart\.png" is given relative to the page, .* such as \/images\/chart\.png/);
    // Without the site's files (tests, CLIs), images are kept as written.
    assert.match(sections('## Data\n\n![Chart](chart.png)\n')[0]!.html, /<img src="chart\.png" alt="Chart">/);
  });

  it('rejects links that would run a script or leave the web, naming the line, and keeps web, email and phone links', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,hi', 'file:///etc/passwd']) {
      assert.throws(
        () => sections(`## Contact\n\nWrite to us.\n\n[Open](${href})\n`),
        (e: unknown) => e instanceof PolicyContentError && e.line === 5 && /is not a web page, email address or phone number\. Policy links start with "http:", "https:", "mailto:", "tel:"/.test(e.message),
        href,
      );
    }
    assert.throws(() => sections('## Contact\n\n[Open][x]\n\n[x]: javascript:alert(1)\n'), /"javascript:alert\(1\)" is not a web page/);
    assert.throws(() => sections('## Contact\n\n<javascript:alert(1)>\n'), /is not a web page/);
    const [section] = sections('## Contact\n\n[Site](https://acme.example/privacy), [mail](mailto:privacy@acme.example), [call](tel:+15555550100), [below](#rights), [terms](/terms/)\n');
    assert.equal((section!.html.match(/<a href=/g) ?? []).length, 5);
  });

  it("never gives a section an id the policy page uses for itself: a heading \"Main\" is #main-2, and pinning #main is refused", () => {
    assert.deepEqual(ids('## Main\n\nText.\n\n## Copy status\n\nText.\n\n## Policy contents\n\nText.\n'), ['main-2', 'copy-status-2', 'policy-contents-2']);
    assert.throws(
      () => sections('## Overview {#main}\n\nText.\n'),
      (e: unknown) => e instanceof PolicyContentError && e.line === 1 && /The pinned id "#main" is one the policy page uses for itself \(#main, #site-search, /.test(e.message),
    );
  });

  it('rejects raw HTML within a line too, naming the first tag and its line, and drops HTML comments', () => {
    assert.throws(
      () => sections('## Contact\n\nWrite to us.\n\nContact <Company> at <b>our</b> office.\n'),
      (e: unknown) => e instanceof PolicyContentError && e.line === 5 && /Raw HTML is not allowed in policy Markdown \(found "<Company>"\)\. If "<" is part of the policy text, escape it as "\\<"/.test(e.message),
    );
    assert.throws(() => sections('## A\n\n- item <img src=x onerror=alert(1)>\n'), /found "<img src=x onerror=alert\(1\)>"/);
    const [section] = sections('## A\n\n<!-- Reviewed by legal, 2024 -->\n\nWe keep <!-- check --> logs.\n');
    assert.equal(section!.text, 'We keep logs.');
    assert.equal(section!.html, '<p>We keep logs.</p>');
    assert.equal(sections('## A\n\nContact \\<Company\\> at 5 < 6.\n')[0]!.text, 'Contact <Company> at 5 < 6.');
  });

  it('rejects raw HTML, level-1 headings and an empty policy', () => {
    assert.throws(() => sections('## A\n\n<script>alert(1)</script>\n'), (e: unknown) => e instanceof PolicyContentError && e.line === 3 && /Raw HTML/.test(e.message));
    assert.throws(() => sections('# Title\n\ntext\n'), /level-1 heading/);
    assert.throws(() => sections('\n\n'), /no text/);
  });

  it('rejects a footnote reference in a heading, which is shown as plain text, instead of calling the footnote unused', () => {
    assert.throws(
      () => sections('## Intro\n\nText.\n\n## Retention[^1]\n\nWe keep logs.\n\n[^1]: As the law requires.\n'),
      (e: unknown) => e instanceof PolicyContentError && e.line === 5 && /The heading refers to the footnote \[\^1\], but headings are shown as plain text/.test(e.message),
    );
    assert.throws(() => sections('## *Retention[^keep]*\n\nWe keep logs.\n\n[^keep]: As the law requires.\n'), /refers to the footnote \[\^keep\]/);
  });

  it('rejects a heading without a title, naming its line, also when only an attribute block was written', () => {
    for (const markdown of ['## Security\n\nWe encrypt.\n\n###\n\nMore text.\n', '## Security\n\nWe encrypt.\n\n### {#more}\n\nMore text.\n']) {
      assert.throws(
        () => sections(markdown),
        (e: unknown) => e instanceof PolicyContentError && e.line === 5 && /A heading \("###"\) has no title\. Write the section's title/.test(e.message),
        markdown,
      );
    }
  });

  it('reads line breaks as the page shows them: a hard break ends a line, a wrapped line is a space', () => {
    const [section] = sections('## Contact\n\nWrite to our Custodian of Records\nat this address:\n\nCustodian of Records\\\nAcme, Inc.  \n25 Main Street\n');
    assert.equal(section!.text, 'Write to our Custodian of Records at this address:\n\nCustodian of Records\nAcme, Inc.\n25 Main Street');
    assert.equal(section!.words, 17);
    assert.deepEqual(
      sections('Setext heading\nover two lines\n--------------\n\nText.\n').map((s) => s.heading),
      ['Setext heading over two lines'],
    );
  });

  it('shows each footnote with the sections that refer to it, as part of their text, with ids unique to the policy and section', () => {
    const markdown = '## Retention\n\nWe keep statements for seven years.[^1] Card data is kept while the card is active.[^card]\n\n## Sharing\n\nWe share data with processors.[^1]\n\n## Contact\n\nWrite to us.\n\n[^1]: The period set by banking law.\n\n[^card]: Then thirteen months, for disputes.\n';
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const [retention, sharing, contact] = extractSections(tree, { classify, idPrefix: 'beta-' });
    assert.equal(retention!.text, 'We keep statements for seven years. Card data is kept while the card is active.\n\nThe period set by banking law.\n\nThen thirteen months, for disputes.');
    assert.equal(sharing!.text, 'We share data with processors.\n\nThe period set by banking law.');
    assert.equal(contact!.text, 'Write to us.');
    assert.doesNotMatch(contact!.html, /banking law|footnote/);
    // Notes at the end of the section, numbered in it, linked both ways, labelled by an id of the section's own.
    assert.match(retention!.html, /<a href="#beta-retention-fn-1" id="beta-retention-fnref-1" data-footnote-ref aria-describedby="beta-retention-notes">1<\/a>/);
    assert.match(retention!.html, /<a href="#beta-retention-fn-card" id="beta-retention-fnref-card" [^>]*>2<\/a>/);
    assert.match(retention!.html, /<p class="notes-label" id="beta-retention-notes">Notes<\/p>\s*<ol>\s*<li id="beta-retention-fn-1">\s*<p>The period set by banking law\. <a href="#beta-retention-fnref-1"/);
    assert.match(sharing!.html, /<li id="beta-sharing-fn-1">\s*<p>The period set by banking law\./);
    assert.doesNotMatch(retention!.html + sharing!.html, /footnote-label|user-content/);
  });

  it('rejects an image from another site (a third-party request), naming its line; an image on this site is kept', () => {
    for (const markdown of ['## A\n\nOur logo:\n![logo](https://cdn.example/logo.png)\n', '## A\n\nText.\n\n![logo][l]\n\n[l]: //cdn.example/logo.png\n']) {
      assert.throws(
        () => sections(markdown),
        (e: unknown) => e instanceof PolicyContentError && e.line === (markdown.includes('[l]') ? 5 : 4) && /would be loaded from another site/.test(e.message),
        markdown,
      );
    }
    assert.match(sections('## A\n\n![chart](/images/chart.png)\n')[0]!.html, /<img src="\/images\/chart\.png" alt="chart">/);
  });

  it('rejects a footnote that nothing refers to, naming its line', () => {
    assert.throws(
      () => sections('## A\n\nText.\n\n[^old]: A note left behind.\n'),
      (e: unknown) => e instanceof PolicyContentError && e.line === 5 && /footnote "\[\^old\]" is never referred to/.test(e.message),
    );
  });

  it('escaped angle brackets are text, not HTML', () => {
    const [section] = sections('Users \\<13 years old.\n');
    assert.equal(section!.text, 'Users <13 years old.');
    assert.equal(section!.html, '<p>Users &#x3C;13 years old.</p>');
  });
});

describe('remarkPolicySections in the real Markdown pipeline', () => {
  async function render(markdown: string, keepDocument = false) {
    const processor = await createMarkdownProcessor({
      smartypants: false,
      remarkPlugins: [[remarkPolicySections, { classify, keepDocument }]],
    });
    return processor.render(markdown, { fileURL: new URL('file:///site/content/policies/acme.md'), frontmatter: {} });
  }

  it('hands the sections to Astro and skips rendering the whole document', async () => {
    const result = await render('Intro.\n\n## 7. Security {#safety}\n\nWe retain logs.\n');
    const sections = result.metadata.frontmatter['sections'] as PolicySection[];
    assert.deepEqual(sections.map((s) => [s.id, s.html]), [['introduction', '<p>Intro.</p>'], ['safety', '<p>We retain logs.</p>']]);
    assert.equal(result.code, '');
  });

  it('with keepDocument, renders the document with section ids on headings and no attribute blocks', async () => {
    const result = await render('Intro.\n\n## 7. Security {#safety}\n\nWe retain logs.\n', true);
    assert.match(result.code, /<h2 id="safety">7\. Security<\/h2>/);
    assert.deepEqual(result.metadata.headings.map((h) => h.slug), ['safety']);
  });

  it('reports bad content with the file and line', async () => {
    await assert.rejects(render('## A\n\ntext\n\n## B {topics=nope}\n'), /acme\.md:5: Unknown topic "nope"/);
  });

  it('starts footnote ids with the policy\'s slug', async () => {
    const result = await render('## Retention\n\nSeven years.[^1]\n\n[^1]: By law.\n');
    const [section] = result.metadata.frontmatter['sections'] as PolicySection[];
    assert.match(section!.html, /<li id="acme-retention-fn-1">/);
  });
});

describe('topics of sub-sections', () => {
  const placing: ClassifyFn = ({ heading, text }) =>
    /collect/i.test(`${heading} ${text}`) ? [{ topic: 'collection', score: 0.8, evidence: ['collect'] }] : [{ topic: 'other', score: 0, evidence: [] }];
  const split = (markdown: string) => extractSections(unified().use(remarkParse).parse(markdown), { classify: placing });

  it('inherit the parent section\'s primary topic when the classifier finds nothing', () => {
    const [, child] = split('## Why we collect data\n\nWe collect data.\n\n### For visitors\n\nTo run the site.\n');
    assert.equal(child!.topics[0]!.topic, 'collection');
    assert.deepEqual(child!.topics[0]!.evidence, ['under “Why we collect data”']);
  });

  it('keep their own topics when the classifier places them, and top-level sections never inherit', () => {
    const [, own] = split('## Why we collect data\n\nWe collect.\n\n### Device data\n\nWe collect IP addresses.\n');
    assert.deepEqual(own!.topics[0]!.evidence, ['collect']);
    const [, sibling] = split('## Why we collect data\n\nWe collect.\n\n## For visitors\n\nTo run the site.\n');
    assert.equal(sibling!.topics[0]!.topic, 'other');
  });
});
