import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_QUERY_TOPICS, topicsForQuery } from '../../src/lib/topic-search.ts';
import { TOPICS } from '../../src/lib/taxonomy.ts';

describe('topics a search names', () => {
  it('reads the question a reader types, not only the topic label', () => {
    assert.deepEqual(topicsForQuery('how long do you keep my data?'), ['retention']);
    assert.deepEqual(topicsForQuery('COPPA'), ['children']);
    assert.deepEqual(topicsForQuery('kids'), ['children']);
    assert.deepEqual(topicsForQuery('sell my data'), ['sharing']);
    assert.deepEqual(topicsForQuery('encryption'), ['security']);
    assert.deepEqual(topicsForQuery('GDPR'), ['regional-rights']);
    assert.deepEqual(topicsForQuery('DNT'), ['do-not-track']);
  });

  it('matches in any case, across punctuation and plurals', () => {
    assert.deepEqual(topicsForQuery('Third-Parties'), ['sharing']);
    assert.deepEqual(topicsForQuery('third party'), ['sharing']);
    assert.deepEqual(topicsForQuery('COOKIES'), ['cookies']);
    assert.deepEqual(topicsForQuery('cookie'), ['cookies']);
    assert.deepEqual(topicsForQuery('Changes to this policy'), ['changes']);
  });

  it('names every topic the query names, in the order it names them', () => {
    assert.deepEqual(topicsForQuery('third-party cookies'), ['sharing', 'cookies']);
    assert.deepEqual(topicsForQuery('cookies and do not track'), ['cookies', 'do-not-track']);
    assert.deepEqual(topicsForQuery('do not track and cookies'), ['do-not-track', 'cookies']);
    assert.deepEqual(topicsForQuery('parental consent'), ['children', 'choices']);
  });

  it('offers a topic while its word is being typed, from four letters', () => {
    assert.deepEqual(topicsForQuery('retent'), ['retention']);
    assert.deepEqual(topicsForQuery('cooki'), ['cookies']);
    assert.deepEqual(topicsForQuery('ret'), []);
    // Only the last word may be unfinished.
    assert.deepEqual(topicsForQuery('retent data'), []);
  });

  it('offers nothing for words that name no topic, or only in part', () => {
    for (const query of ['', '   ', 'pizza', 'data', 'personal information', 'other companies', 'do not', 'Données']) {
      assert.deepEqual(topicsForQuery(query), [], query);
    }
    // A word inside a longer one does not count ("age" in "usage", "eu" in "neutral").
    assert.deepEqual(topicsForQuery('usage neutral'), []);
  });

  it('offers at most a few topics', () => {
    assert.equal(topicsForQuery('cookies retention security children gdpr').length, MAX_QUERY_TOPICS);
    assert.deepEqual(topicsForQuery('cookies retention security children', 2), ['cookies', 'retention']);
  });

  it('names each topic but the catch-all by its own label, and each by its terms', () => {
    for (const topic of TOPICS) {
      if (topic.slug !== 'other') assert.deepEqual(topicsForQuery(topic.label), [topic.slug], topic.label);
      for (const term of topic.searchTerms) {
        assert.equal(term, term.toLowerCase().trim(), `${topic.slug}: "${term}" is plain lowercase`);
        assert.ok(topicsForQuery(term, TOPICS.length).includes(topic.slug), `${topic.slug}: "${term}"`);
      }
    }
  });
});
