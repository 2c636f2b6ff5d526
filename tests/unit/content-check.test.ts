import { describe, it } from 'node:test';
import { policyText } from '../../src/lib/site.ts';
import assert from 'node:assert/strict';
import { checkPolicyFile, checkPolicyFiles, formatProblems, splitFrontmatter, languageNotices } from '../../src/lib/content-check.ts';

const valid = `---
title: Privacy Policy
organization: Acme, Inc.
source: https://acme.example/privacy
last_updated: 2024-02-08
---

We respect your privacy.
`;

const check = (contents: string, file = 'content/policies/acme.md') => checkPolicyFile({ file, contents });

describe('checkPolicyFile', () => {
  it('accepts a valid policy', () => {
    assert.deepEqual(check(valid), []);
    assert.deepEqual(check(valid.replace('2024-02-08', 'null')), []);
  });

  it('names the missing field and where the frontmatter is', () => {
    const problems = check(valid.replace('organization: Acme, Inc.\n', ''));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /"organization" is missing/);
  });

  it('catches an impossible date that YAML would roll over, with its line', () => {
    const [problem] = check(valid.replace('2024-02-08', '2024-02-31'));
    assert.equal(problem!.line, 5);
    assert.match(problem!.message, /"last_updated" must be an ISO date \(YYYY-MM-DD\)/);
  });

  it('takes a language tag and rejects a language name, with its line', () => {
    for (const tag of ['fr', 'pt-BR', 'zh-Hant-TW', 'de-CH']) assert.deepEqual(check(valid.replace('---\n\n', `language: ${tag}\n---\n\n`)), [], tag);
    const [problem] = check(valid.replace('---\n\n', 'language: French\n---\n\n'));
    assert.equal(problem!.line, 6);
    assert.match(problem!.message, /"language" must be a language tag such as en, fr or pt-BR/);
  });

  it('rejects an unknown field and lists the known ones', () => {
    const [problem] = check(valid.replace('title:', 'titel: x\ntitle:'));
    assert.match(problem!.message, /Unknown frontmatter field "titel"\. Known fields: title, organization/);
    assert.equal(problem!.line, 2);
  });

  it('reports missing frontmatter, broken YAML and an empty body', () => {
    assert.match(check('Just text.\n')[0]!.message, /Missing frontmatter/);
    const yamlProblem = check('---\ntitle: [unclosed\n---\n\ntext\n')[0]!;
    assert.match(yamlProblem.message, /not valid YAML/);
    assert.ok(yamlProblem.line! >= 2);
    const [empty] = check(valid.replace('We respect your privacy.\n', ''));
    assert.match(empty!.message, /no text/);
  });

  it('requires a lowercase slug as the file name', () => {
    assert.match(check(valid, 'content/policies/Acme Corp.md')[0]!.message, /lowercase slug.*"acme-corp\.md"/);
  });
});

describe('checkPolicyFiles', () => {
  it('finds two files that would publish at the same URL', () => {
    const problems = checkPolicyFiles([
      { file: 'content/policies/acme.md', contents: valid },
      { file: 'content/policies/ACME.md', contents: valid },
    ]);
    assert.ok(problems.some((p) => /Duplicate slug "acme"/.test(p.message)));
  });

  it('formats problems as file:line: message lines', () => {
    const text = formatProblems([{ file: 'content/policies/a.md', line: 3, message: 'Bad.' }]);
    assert.equal(text, 'A problem in the policies:\n  content/policies/a.md:3: Bad.');
  });
});

describe('splitFrontmatter', () => {
  it('gives the line where the body starts', () => {
    assert.equal(splitFrontmatter(valid)!.bodyLine, 7);
    assert.equal(splitFrontmatter('no frontmatter'), null);
  });
});

describe('languageNotices', () => {
  const policy = (language: string | null, body: string) => ({
    file: 'content/policies/lumiere.md',
    contents: `---\ntitle: Politique\norganization: Lumière SAS\nsource: Test\nlast_updated: null\n${language === null ? '' : `language: ${language}\n`}---\n\n${body}`,
  });

  it('warns about a policy not in English whose headings leave topics to the English tagger, naming the language line', () => {
    const [notice, ...rest] = languageNotices([policy('fr', 'Intro.\n\n## Conservation des données\n\nTrois ans.\n\n## Cookies {topics=cookies}\n\nNous utilisons des cookies.\n')]);
    assert.equal(rest.length, 0);
    assert.equal(notice!.file, 'content/policies/lumiere.md');
    assert.equal(notice!.line, 6);
    assert.match(notice!.message, /is in "fr", and the topic tagger reads English.*\(1 of 2 do not\).*\{topics=retention\}/);
  });

  it('says nothing for English, for an unset language, or when every heading sets its topics', () => {
    assert.deepEqual(
      languageNotices([
        policy('en', '## Retention\n\nText.\n'),
        policy('en-GB', '## Retention\n\nText.\n'),
        policy(null, '## Retention\n\nText.\n'),
        policy('de', '## Aufbewahrung {topics=retention}\n\nDrei Jahre.\n\n### Fristen {#fristen topics=retention}\n\nText.\n'),
      ]),
      [],
    );
  });
});

describe('policyText', () => {
  it('marks a policy\'s words with its language, and a language written right to left with its direction', () => {
    assert.deepEqual(policyText('en'), {});
    assert.deepEqual(policyText(undefined), {});
    assert.deepEqual(policyText('fr'), { lang: 'fr' });
    assert.deepEqual(policyText('en-GB'), { lang: 'en-GB' });
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ku-Arab']) assert.deepEqual(policyText(tag), { lang: tag, dir: 'rtl' }, tag);
  });
});
