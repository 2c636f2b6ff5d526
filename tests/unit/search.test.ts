import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missingWords, missingWordsMessage, noResultsMessage, parseSearchState, queryProblem, searchParams } from '../../src/lib/search-state.ts';
import { highlightPattern, highlightTerms, resultLink } from '../../src/lib/highlight.ts';
import { sectionExcerpt, sectionRecord, type ExcerptPart, type RecordSection } from '../../src/lib/search-records.ts';

describe('search state in the URL', () => {
  it('round-trips query, topics and organizations', () => {
    const params = new URLSearchParams('q=+data+retention+&topic=retention&topic=security&org=Acme%2C+Inc.');
    const state = parseSearchState(params);
    assert.deepEqual(state, { query: 'data retention', topics: ['retention', 'security'], organizations: ['Acme, Inc.'] });
    assert.equal(searchParams(state).toString(), 'q=data+retention&topic=retention&topic=security&org=Acme%2C+Inc.');
  });

  it('drops unknown topics and duplicates from a hand-edited URL', () => {
    const state = parseSearchState(new URLSearchParams('topic=retention&topic=nope&topic=retention&org='));
    assert.deepEqual(state.topics, ['retention']);
    assert.deepEqual(state.organizations, []);
  });

  it('tells a word no section contains from one found in another form (Pagefind answers an unknown word with a prefix of it)', () => {
    // What Pagefind marks for "blockchain tokens" on this site: "block" and "to".
    assert.deepEqual(missingWords('blockchain tokens', ['to', 'block', 'to']), ['blockchain', 'tokens']);
    assert.deepEqual(missingWords('retention blockchain', ['retention', 'Block']), ['blockchain']);
    assert.deepEqual(missingWords('database', ['data', 'Data']), ['database']);
    // Other forms of the word are the word: longer, or sharing most of it.
    assert.deepEqual(missingWords('cookies', ['cookie', 'Cookies']), []);
    assert.deepEqual(missingWords('retaining', ['retain', 'retained']), []);
    assert.deepEqual(missingWords('retent', ['retention']), []);
    assert.deepEqual(missingWords('identification', ['identify']), []);
    // Short words, and words the marks say nothing about, are not judged.
    assert.deepEqual(missingWords('do not track', ['do', 'not', 'track']), []);
    assert.deepEqual(missingWords('security breach', ['security']), []);
    assert.equal(missingWordsMessage(['blockchain']), 'No section contains “blockchain”. Try another word.');
    assert.equal(missingWordsMessage(['blockchain', 'nft', 'tokens']), 'No section contains “blockchain”, “nft” or “tokens”. Try another word.');
  });

  it('when nothing matches, suggests another word, or fewer words for a query of several', () => {
    assert.equal(noResultsMessage('zzzyxq', false), 'No sections match “zzzyxq”. Try another word.');
    assert.equal(noResultsMessage('zzzyxq', true), 'No sections match “zzzyxq” with these filters. Try another word or clear the filters.');
    assert.equal(noResultsMessage('', true), 'No sections match with these filters. Try another word or clear the filters.');
    assert.equal(noResultsMessage('how long do you keep data', false), 'No section contains every word of “how long do you keep data”. Try fewer words.');
    assert.equal(
      noResultsMessage('keep data', true),
      'No section contains every word of “keep data” with these filters. Try fewer words or clear the filters.',
    );
  });

  it('asks for more than one Latin letter but searches a single CJK character', () => {
    assert.equal(queryProblem(''), 'empty');
    assert.equal(queryProblem('r'), 'too-short');
    assert.equal(queryProblem('7'), 'too-short');
    assert.equal(queryProblem('個'), null);
    assert.equal(queryProblem('!'), null);
    assert.equal(queryProblem('retention'), null);
  });
});

describe('highlighting the searched terms', () => {
  it('puts the terms in the query string before the fragment', () => {
    assert.equal(resultLink('/policies/acme/#data-retention', 'retention'), '/policies/acme/?highlight=retention#data-retention');
    assert.equal(resultLink('/base/policies/acme/#a', 'third parties'), '/base/policies/acme/?highlight=third%20parties#a');
    assert.equal(resultLink('/policies/acme/#a', ''), '/policies/acme/#a');
  });

  it('marks words that start with a term, whatever their case', () => {
    const pattern = highlightPattern(highlightTerms('Retain data'))!;
    assert.deepEqual('We RETAIN retained data; dataset. Unretained.'.match(pattern), ['RETAIN', 'retained', 'data', 'dataset']);
  });

  it('ignores punctuation and one-letter Latin words, keeps non-Latin terms', () => {
    assert.deepEqual(highlightTerms('a "retention"!! (b)'), ['retention']);
    assert.deepEqual(highlightTerms('データ 保護'), ['データ', '保護']);
    assert.equal(highlightPattern(highlightTerms('!!! ?')), null);
  });

  it('escapes regular-expression characters in terms', () => {
    assert.doesNotThrow(() => highlightPattern(['c++', '(x']));
  });
});

describe('search records', () => {
  const policy = { slug: 'acme', organization: 'Acme & Sons <Ltd>', title: 'Privacy Policy', language: 'en' };
  const section = { id: 'data-retention', heading: 'How long we keep data', path: '/policies/acme/#data-retention', text: 'We keep data.\n\nUsers <13 are excluded.', topics: ['retention', 'children'] as const };

  it('indexes the heading, the text and the topic labels, and links to the section', () => {
    const record = sectionRecord(policy, section);
    assert.equal(record.url, '/policies/acme/#data-retention');
    assert.equal(record.content, 'How long we keep data.\nWe keep data.\n\nUsers <13 are excluded.\nRetention. Children.');
    assert.equal(record.language, 'en');
  });

  it('tags each record with its topics and organization as filters and metadata', () => {
    const record = sectionRecord(policy, section);
    assert.deepEqual(record.filters, { topic: ['retention', 'children'], organization: ['Acme & Sons <Ltd>'] });
    assert.deepEqual(record.meta, {
      title: 'How long we keep data',
      policy: 'Acme & Sons <Ltd>',
      topics: 'retention,children',
    });
  });
});

describe('result excerpts', () => {
  const policy = { organization: 'Acme', language: 'en' };
  type Section = Omit<RecordSection, 'id'>;
  const cookies: Section = {
    heading: 'GIFs and Pixel Tags:',
    path: '/policies/acme/#gifs',
    text: 'In addition to cookies, we use pixel tags. You can turn cookies off in your browser.',
    topics: ['cookies', 'choices'] as const,
  };

  /** The words of the section's search record, as Pagefind's excerpts space them. */
  const contentWords = (section: Section) => sectionRecord(policy, { ...section, id: 'x' }).content.split(/\s+/);

  /**
   * An excerpt as Pagefind makes one from a record: a window of the content's words (from the
   * `from`-th, `count` of them), with the words starting with `term` marked.
   */
  function excerpt(section: Section, from: number, count: number, term: string): ExcerptPart[] {
    const parts: ExcerptPart[] = [];
    contentWords(section).slice(from, from + count).forEach((word, i) => {
      if (i > 0) parts.push({ text: ' ', marked: false });
      parts.push({ text: word, marked: word.toLowerCase().startsWith(term) });
    });
    return parts;
  }
  const text = (parts: readonly ExcerptPart[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
  const words = (section: Section) => contentWords(section).length;

  it('leaves out the heading that leads a record and the topic labels that close it, keeping the marks', () => {
    const whole = excerpt(cookies, 0, words(cookies), 'cookie');
    assert.equal(text(whole), 'GIFs and Pixel Tags:. In addition to [cookies,] we use pixel tags. You can turn [cookies] off in your browser. [Cookies] & tracking. Your choices.');
    assert.equal(text(sectionExcerpt(whole, cookies.heading, cookies.topics)), 'In addition to [cookies], we use pixel tags. You can turn [cookies] off in your browser.');
  });

  it('leaves out the end of a heading and the start of the labels where the window cuts them', () => {
    const cut = excerpt(cookies, 3, words(cookies) - 5, 'cookie');
    assert.equal(text(cut), 'Tags:. In addition to [cookies,] we use pixel tags. You can turn [cookies] off in your browser. [Cookies] & tracking.');
    assert.equal(text(sectionExcerpt(cut, cookies.heading, cookies.topics)), 'In addition to [cookies], we use pixel tags. You can turn [cookies] off in your browser.');
    const inLabel = excerpt(cookies, 4, words(cookies) - 7, 'pixel');
    assert.equal(text(inLabel), 'In addition to cookies, we use [pixel] tags. You can turn cookies off in your browser. Cookies &');
    assert.equal(text(sectionExcerpt(inLabel, cookies.heading, cookies.topics)), 'In addition to cookies, we use [pixel] tags. You can turn cookies off in your browser.');
  });

  it('puts an ellipsis where the excerpt starts or stops inside the section text, and only there', () => {
    const content = contentWords(cookies).join(' ');
    const show = (from: number, count: number) => text(sectionExcerpt(excerpt(cookies, from, count, 'pixel'), cookies.heading, cookies.topics, content));
    assert.equal(show(0, words(cookies)), 'In addition to cookies, we use [pixel] tags. You can turn cookies off in your browser.');
    assert.equal(show(5, 6), '… addition to cookies, we use [pixel] …');
    assert.equal(show(3, 10), 'In addition to cookies, we use [pixel] tags. You …');
    assert.equal(show(8, 30), '… we use [pixel] tags. You can turn cookies off in your browser.');
  });

  it('marks the matched word, not the punctuation Pagefind marks with it', () => {
    const quoted: Section = { heading: 'Terms', path: '/policies/acme/#terms', text: 'We call them “cookies”, and we keep them until retention. ends', topics: ['cookies'] as const };
    const cut = excerpt(quoted, 1, 11, '“cookies');
    assert.equal(text(cut), 'We call them [“cookies”,] and we keep them until retention. ends');
    assert.equal(text(sectionExcerpt(cut, quoted.heading, quoted.topics)), 'We call them “[cookies]”, and we keep them until retention. ends');
    const end = excerpt(quoted, 1, 11, 'retention');
    assert.equal(text(sectionExcerpt(end, quoted.heading, quoted.topics)), 'We call them “cookies”, and we keep them until [retention]. ends');
  });

  it("keeps the policy's own words that only look like a heading or a label", () => {
    const collection: Section = { heading: 'Data', path: '/policies/acme/#data', text: 'Data. We collect your name and Data collected from partners.', topics: ['collection'] as const };
    // A window inside the text, ending in a label's first words but not after a sentence.
    const inside = excerpt(collection, 2, 6, 'collect');
    assert.equal(text(inside), 'We [collect] your name and Data');
    assert.deepEqual(sectionExcerpt(inside, collection.heading, collection.topics), inside);
    // The text's own first sentence repeats the heading: only the record's heading goes.
    const start = excerpt(collection, 0, 5, 'collect');
    assert.equal(text(sectionExcerpt(start, collection.heading, collection.topics)), 'Data. We [collect] your');
  });
});
