import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importPolicy } from '../../src/lib/import/index.ts';
import { importHtml } from '../../src/lib/import/html.ts';
import { toMarkdownBody } from '../../src/lib/import/markdown.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('importHtml: page with main, nav, header, footer, form and cookie banner', () => {
  const result = importPolicy({ content: fixture('acme-page.html'), fileName: 'acme-page.html' }, { source: 'https://acme.example/privacy' });
  const body = toMarkdownBody(result.tree);

  it('keeps the policy text and drops the page furniture', () => {
    assert.match(body, /^Acme Cloud, Inc\. \(“Acme”, “we”, “us”\) provides file storage/);
    for (const furniture of ['Pricing', 'Accept all', 'Newsletter', 'Related: Terms', 'All rights reserved', 'dataLayer', 'font-family']) {
      assert.doesNotMatch(body, new RegExp(furniture), furniture);
    }
    const reasons = result.review.removedLines.map((removed) => removed.reason);
    for (const reason of ['html: script', 'html: style', 'html: cookie or consent banner', 'html: header', 'html: form', 'html: aside', 'html: footer']) {
      assert.ok(reasons.includes(reason), reason);
    }
  });

  it('takes title and date to the frontmatter and the h1 out of the body', () => {
    assert.equal(result.frontmatter.title, 'Privacy Policy');
    assert.equal(result.frontmatter.last_updated, '2024-04-01');
    assert.equal(result.frontmatter.organization, 'Acme Cloud, Inc.');
    assert.doesNotMatch(body, /^# |Last updated/m);
  });

  it('keeps heading levels (shifted so the top is "##"), lists, links, escapes; bold-only lines become headings', () => {
    assert.deepEqual(result.review.headings, ['## 1. Information We Collect', '### 1.1 Information from Devices', '#### Cookies', '## 2. Contact']);
    assert.match(body, /^- Content you upload, including file names \\<like this>\.$/m);
    assert.match(body, /\[security page\]\(https:\/\/acme\.example\/security\)/);
    assert.match(body, /<privacy@acme\.example>/);
  });

  it('points a link to a path of the original site there, from the source URL, and says so', () => {
    assert.match(body, /\[contact page\]\(https:\/\/acme\.example\/contact\)/);
    assert.ok(result.review.warnings.some((warning) => warning.includes('"/contact"') && warning.includes('https://acme.example/contact')));
  });
});

describe('importPolicy: links that would not work on this site', () => {
  const page = '<main><h1>Privacy Policy</h1><p>Zeta Co respects your privacy.</p><h2>Cookies</h2><p>Change them in <a href="javascript:void(0)" onclick="prefs()">Cookie Settings</a>, see <a href="#rights">your rights</a>, <a href="data:text/html,x">this</a> or <a href="rights.html">the rights page</a>.</p></main>';
  const run = (source?: string) => importPolicy({ content: page, fileName: 'zeta.html' }, { organization: 'Zeta Co', ...(source ? { source } : {}) });

  it('keeps the text of a script link and of a link within the original page, without the link, and says so', () => {
    const result = run('https://zeta.example/legal/privacy');
    assert.match(toMarkdownBody(result.tree), /Change them in Cookie Settings, see your rights, this or \[the rights page\]\(https:\/\/zeta\.example\/legal\/rights\.html\)\./);
    assert.ok(result.review.warnings.some((w) => w.startsWith('Link "Cookie Settings" was not a web page') && w.includes('javascript:void(0)')));
    assert.ok(result.review.warnings.some((w) => w.startsWith('Link "your rights" pointed within the original page')));
  });

  it('without a source URL, keeps a relative link and warns that it will not resolve', () => {
    const result = run('Printed copy from the office');
    assert.match(toMarkdownBody(result.tree), /\[the rights page\]\(rights\.html\)/);
    assert.ok(result.review.warnings.some((w) => w.includes('"rights.html"') && w.includes('give --source the page\'s URL')));
  });
});

describe('importHtml: page without main', () => {
  const result = importHtml(fixture('pelican-body-only.html'));

  it('uses the body, takes the title from <title>, and normalizes h2 to "##"', () => {
    assert.equal(result.facts.title, 'Privacy Notice');
    assert.equal(result.facts.organization?.organization, 'Pelican Apps GmbH');
    assert.equal(toMarkdownBody(result.tree), '## Who we are\n\nPelican Apps GmbH ("Pelican", "we") makes the Pelican Notes app.\n\n### What we collect\n\n1. Notes you choose to sync.\n2. Crash reports, if you turn them on.\n\n### Your choices\n\nYou can turn sync off at any time in the app\'s settings.\n');
    assert.ok(result.warnings.some((warning) => warning.startsWith('No <main>')));
  });

  it('drops nav, consent pop-up and footer with their lines', () => {
    assert.deepEqual(
      result.removedLines.map(({ line, reason }) => `${line} ${reason}`),
      ['4 html: nav', '14 html: cookie or consent banner', '15 html: footer'],
    );
  });
});

describe('importHtml: top heading level', () => {
  it('shifts h3-only pages up to "##" and keeps deeper levels relative', () => {
    const result = importHtml('<main><h3>Data</h3><p>We keep little.</p><h4>Logs</h4><p>Kept 30 days.</p></main>');
    assert.equal(toMarkdownBody(result.tree), '## Data\n\nWe keep little.\n\n### Logs\n\nKept 30 days.\n');
  });
});
