import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { headingCandidate, importText, linkify, runInLabel } from '../../src/lib/import/text.ts';
import { importPolicy } from '../../src/lib/import/index.ts';
import { toMarkdownBody } from '../../src/lib/import/markdown.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const headings = (text: string): string[] => importPolicy({ content: text, fileName: 'policy.txt' }, { organization: 'Acme' }).review.headings.slice();

describe('headingCandidate', () => {
  it('recognizes the shapes of headings', () => {
    assert.deepEqual(headingCandidate('7. Security, Integrity and Retention of Personal Data'), { style: 'numbered', numberDepth: 1 });
    assert.deepEqual(headingCandidate('1.1 Information from Devices'), { style: 'numbered', numberDepth: 2 });
    assert.equal(headingCandidate('What are my opt-out rights?')?.style, 'question');
    assert.equal(headingCandidate('What we collect and why')?.style, 'question');
    assert.equal(headingCandidate('HOW LONG WE KEEP IT')?.style, 'caps');
    assert.equal(headingCandidate('GIFs and Pixel Tags:')?.style, 'colon');
    assert.equal(headingCandidate('Data Retention Policy, Managing Your Information')?.style, 'title');
  });

  it('refuses sentences, contact lines and lead-ins', () => {
    for (const line of [
      'We use regular malware scanning and perform constant vulnerability maintenance.',
      'Email: support@industrack.com',
      'Phone: 612-746-4017',
      'Company Name: Industrack LLC,',
      'For example:',
      '25061 Avenue Stanford, Suite 10',
      'as required by law, such as to comply with a subpoena',
    ]) {
      assert.equal(headingCandidate(line), null, line);
    }
  });
});

describe('runInLabel', () => {
  it('finds a short label opening a paragraph', () => {
    assert.equal(runInLabel('Registration Data. When you register to use the Service, we ask for your name.'), 'Registration Data.');
    assert.equal(runInLabel('When required under applicable law. AutoIDM is a U.S. company.'), 'When required under applicable law.');
  });

  it('leaves ordinary sentences alone', () => {
    assert.equal(runInLabel('We never sell your data. Period.'), null);
    assert.equal(runInLabel('To provide products or services you’ve requested. We use processors.'), null);
    assert.equal(runInLabel('AutoIDM is a U.S. company with its main data infrastructure located in the U.S.'), null);
    assert.equal(runInLabel('Acme Inc. Provides services.'), null);
  });
});

describe('linkify', () => {
  it('links URLs and e-mail addresses without their trailing punctuation', () => {
    const nodes = linkify('Write to privacy@acme.example or visit http://aboutads.info.');
    assert.deepEqual(
      nodes.map((node) => (node.type === 'link' ? `[${node.url}]` : node.type === 'text' ? node.value : '')),
      ['Write to ', '[mailto:privacy@acme.example]', ' or visit ', '[http://aboutads.info]', '.'],
    );
  });
});

describe('importText: levels', () => {
  it('makes numbered sections "##" and their sub-numbering or unnumbered sub-headings "###"', () => {
    const text = [
      '1. Who We Are',
      'We are a small company that makes a notes app for teams.',
      '2. What We Collect',
      'For Customers',
      'We collect your name, billing address and the notes you write.',
      '2.1 Device Data',
      'We collect the model of your phone and the version of the app.',
      '3. Contact',
      'Write to us at the address on our website if you have any questions.',
    ].join('\n');
    assert.deepEqual(headings(text), ['## 1. Who We Are', '## 2. What We Collect', '### For Customers', '### 2.1 Device Data', '## 3. Contact']);
  });

  it('makes title lines between two question headings sub-sections, and those after the last question sections', () => {
    const text = [
      'What do we collect?',
      'We collect what you give us and what your device tells us.',
      'Information You Give Us',
      'Your name and e-mail address when you sign up for an account.',
      'How do we use it?',
      'To run the service and to answer your questions when you write to us.',
      'Children',
      'The service is not meant for children under 13 and we do not knowingly collect their data.',
    ].join('\n\n');
    assert.deepEqual(headings(text), ['## What do we collect?', '### Information You Give Us', '## How do we use it?', '## Children']);
  });

  it('does not take an address block for headings', () => {
    const text = [
      '14. Enforcement',
      'Please contact our Custodian of Records by writing us at the following address:',
      'Custodian of Records',
      'Influxis',
      '25061 Avenue Stanford, Suite 10',
      'Santa Clarita, CA 91355',
      '15. Definitions',
      '“IP” means any internet protocol address, including without limitation, network addresses.',
    ].join('\n');
    assert.deepEqual(headings(text), ['## 14. Enforcement', '## 15. Definitions']);
    assert.match(toMarkdownBody(importText(text).tree), /^Custodian of Records\\\nInfluxis\\\n25061 Avenue Stanford, Suite 10\\\nSanta Clarita, CA 91355$/m);
  });

  it('applies heading level overrides, and 0 turns a heading back into a paragraph', () => {
    const text = 'Overview\n\nWe run a small service for teams and keep this policy short.\n\nCookies\n\nWe use one session cookie to sign you in and nothing else.';
    const result = importText(text, { headingLevels: { Cookies: 3, Overview: 0 } });
    assert.equal(toMarkdownBody(result.tree), 'Overview\n\nWe run a small service for teams and keep this policy short.\n\n### Cookies\n\nWe use one session cookie to sign you in and nothing else.\n');
  });
});

describe('importText: numbered fixture with residue, bullets and run-in labels', () => {
  const result = importPolicy({ content: fixture('acme-numbered.txt'), fileName: 'acme-numbered.txt' }, { source: 'https://acme.example/privacy' });

  it('reads title, dates and organization into the frontmatter', () => {
    assert.deepEqual(result.frontmatter, {
      title: 'ACME CLOUD PRIVACY NOTICE',
      organization: 'Acme Cloud, Inc.',
      source: 'https://acme.example/privacy',
      last_updated: '2024-04-01',
      effective: '2024-03-01',
      language: 'en',
    });
  });

  it('finds the headings with their levels', () => {
    assert.deepEqual(result.review.headings, [
      '## 1. INFORMATION WE COLLECT',
      '### 1.1 Information from Devices',
      '## 2. How We Use Information',
      '## 3. Your Choices',
      '## 4. CONTACT',
    ]);
  });

  it('reports each removed line with its number and reason', () => {
    assert.deepEqual(
      result.review.removedLines.map(({ line, reason }) => `${line} ${reason}`),
      [
        '1 page marker',
        '2 image file name',
        '4 frontmatter: title',
        '6 frontmatter: effective',
        '8 frontmatter: last_updated',
        '43 footer text',
        '44 footer text',
        '45 copyright footer',
        '46 app store badge',
        '47 app store badge',
        '48 page marker',
      ],
    );
    assert.ok(result.review.warnings.some((warning) => /footer text \(line 43, 44\)/.test(warning)));
  });

  it('writes bullets as (nested) lists, run-in labels in bold, and escapes markup characters', () => {
    const body = result.markdown.slice(result.markdown.indexOf('\n---\n') + 5);
    assert.match(body, /^- Account data, such as your name and e-mail address;\n- Content you upload, including file names and metadata;\n {2}- file names and folder names;/m);
    assert.match(body, /^- provide and secure the service;$/m);
    assert.match(body, /^\*\*Marketing e-mail\.\*\* You can unsubscribe/m);
    assert.match(body, /Values such as \\<script> tags or \\\*asterisks\\\* in file names/);
    assert.doesNotMatch(body, /^# /m);
    assert.doesNotMatch(body, /top of page|Google Play|All rights reserved/);
  });
});

describe('importText: hard-wrapped fixture with ALL-CAPS headings', () => {
  const result = importPolicy({ content: fixture('bluebird-wrapped.txt'), fileName: 'bluebird.txt' }, { source: 'x' });

  it('joins wrapped lines into paragraphs', () => {
    assert.match(result.markdown, /runs a web analytics service for online shops\. This policy describes/);
  });

  it('finds caps, title and question headings and the organization', () => {
    assert.deepEqual(result.review.headings, ['## WHO IS RESPONSIBLE FOR YOUR DATA?', '## WHAT WE COLLECT', '## HOW LONG WE KEEP IT', '## Your rights', '## Do we sell data?']);
    assert.equal(result.frontmatter.organization, 'Bluebird Analytics Ltd.');
    assert.equal(result.frontmatter.title, 'Privacy Policy');
    assert.equal(result.frontmatter.last_updated, null);
    assert.ok(result.review.warnings.some((warning) => warning.startsWith('No "last updated"')));
  });
});

describe('importText: warnings', () => {
  it('warns about repeated paragraphs and a text without headings', () => {
    const paragraph = 'Influxis uses web beacons to count the number of times that its advertisements are viewed.';
    const result = importText(`${paragraph}\n\nSomething else entirely that is said only once here.\n\n${paragraph}`);
    assert.ok(result.warnings.some((warning) => /Repeated paragraph: line 5 repeats line 1/.test(warning)));
    assert.ok(result.warnings.some((warning) => warning.startsWith('No headings found')));
  });

  it('warns about a date line it cannot read', () => {
    const result = importText('Privacy Policy\n\nEffective date: 06/05/2023\n\nWe collect nothing at all from anyone who visits.');
    assert.equal(result.facts.effective?.date, null);
    assert.ok(result.warnings.some((warning) => /Could not read the date "06\/05\/2023" on line 3/.test(warning)));
  });
});
