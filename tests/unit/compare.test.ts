import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  cachedCoverage,
  coverage,
  initialOf,
  initialsIndex,
  pageCount,
  pageOf,
  parsePoliciesParam,
  resolveSelection,
  sectionsOnTopic,
  tallyTopic,
  type TaggedSection,
} from '../../src/lib/compare.ts';
import { compareUrl, homePagePath, topicPagePath, topicUrl } from '../../src/lib/urls.ts';

const section = (id: string, words: number, ...topics: string[]): TaggedSection => ({ id, words, topics: topics.map((topic) => ({ topic })) });

describe('sectionsOnTopic', () => {
  const sections = [
    section('intro', 50, 'overview'),
    section('sharing', 120, 'sharing', 'retention'),
    section('keep', 80, 'retention'),
    section('delete', 60, 'access', 'retention'),
    section('more-keep', 30, 'retention', 'security'),
  ];

  it('puts primary matches first, then secondary ones, each in document order', () => {
    assert.deepEqual(
      sectionsOnTopic(sections, 'retention').map((m) => [m.section.id, m.primary]),
      [['keep', true], ['more-keep', true], ['sharing', false], ['delete', false]],
    );
  });

  it('finds nothing for a topic the policy does not carry', () => {
    assert.deepEqual(sectionsOnTopic(sections, 'children'), []);
  });
});

describe('coverage', () => {
  it('is "none" for a silent policy, with no section to link to', () => {
    assert.deepEqual(coverage([section('a', 500, 'collection')], 'retention'), {
      level: 'none', words: 0, primarySections: 0, secondarySections: 0, firstSectionId: null,
    });
  });

  it('is "mentioned" when the topic is only a side topic, linking to that section', () => {
    const result = coverage([section('a', 500, 'collection', 'retention')], 'retention');
    assert.equal(result.level, 'mentioned');
    assert.equal(result.words, 0);
    assert.equal(result.firstSectionId, 'a');
  });

  it('grows with the words of primary sections: brief, covered, detailed', () => {
    assert.equal(coverage([section('a', 99, 'retention')], 'retention').level, 'brief');
    assert.equal(coverage([section('a', 60, 'retention'), section('b', 40, 'retention')], 'retention').level, 'covered');
    assert.equal(coverage([section('a', 399, 'retention'), section('b', 900, 'sharing', 'retention')], 'retention').level, 'covered');
    assert.equal(coverage([section('a', 400, 'retention')], 'retention').level, 'detailed');
  });

  it('links to the first primary section even when a mention comes earlier', () => {
    const result = coverage([section('a', 10, 'use', 'retention'), section('b', 10, 'retention')], 'retention');
    assert.equal(result.firstSectionId, 'b');
    assert.equal(result.primarySections, 1);
    assert.equal(result.secondarySections, 1);
  });

  it('caches per sections array without mixing policies up', () => {
    const one = [section('a', 500, 'retention')];
    const two = [section('b', 5, 'retention')];
    assert.equal(cachedCoverage(one, 'retention').level, 'detailed');
    assert.equal(cachedCoverage(two, 'retention').level, 'brief');
    assert.equal(cachedCoverage(one, 'retention'), cachedCoverage(one, 'retention'));
  });
});

describe('parsePoliciesParam', () => {
  const parse = (query: string) => parsePoliciesParam(new URLSearchParams(query));

  it('reads comma-separated and repeated parameters, as a GET form of checkboxes sends them', () => {
    assert.deepEqual(parse('policies=autoidm,influxis'), ['autoidm', 'influxis']);
    assert.deepEqual(parse('policies=autoidm&policies=influxis'), ['autoidm', 'influxis']);
    assert.deepEqual(parse('policies=a,b&policies=c'), ['a', 'b', 'c']);
  });

  it('trims, lowercases, drops empties and duplicates, keeping the first order', () => {
    assert.deepEqual(parse('policies=%20B%20,,a,b,A'), ['b', 'a']);
    assert.deepEqual(parse('policies='), []);
    assert.deepEqual(parse('other=x'), []);
  });
});

describe('resolveSelection', () => {
  const known = new Set(['a', 'b', 'c', 'd', 'e']);
  const options = { exists: (slug: string) => known.has(slug), fallback: ['a', 'b', 'c', 'd', 'e'], max: 4, min: 2 };

  it('shows the requested policies in the order asked', () => {
    const result = resolveSelection(['c', 'a'], options);
    assert.deepEqual(result.shown, ['c', 'a']);
    assert.equal(result.isDefault, false);
    assert.deepEqual(result.messages, []);
  });

  it('falls back to the first `max` policies when nothing is asked for', () => {
    const result = resolveSelection([], options);
    assert.deepEqual(result.shown, ['a', 'b', 'c', 'd']);
    assert.equal(result.isDefault, true);
    assert.deepEqual(result.messages, []);
  });

  it('reports unknown slugs and leaves them out', () => {
    const result = resolveSelection(['a', 'nope', 'b'], options);
    assert.deepEqual(result.shown, ['a', 'b']);
    assert.deepEqual(result.unknown, ['nope']);
    assert.match(result.messages.join(' '), /“nope”/);
  });

  it('falls back to the default when only unknown slugs are asked for, and says so', () => {
    const result = resolveSelection(['nope'], options);
    assert.deepEqual(result.shown, ['a', 'b', 'c', 'd']);
    assert.equal(result.isDefault, true);
    assert.equal(result.messages.length, 1);
  });

  it('keeps the first `max` of too many and says so', () => {
    const result = resolveSelection(['e', 'd', 'c', 'b', 'a'], options);
    assert.deepEqual(result.shown, ['e', 'd', 'c', 'b']);
    assert.deepEqual(result.dropped, ['a']);
    assert.match(result.messages.join(' '), /Up to 4/);
  });

  it('asks for one more when a comparison has a single policy', () => {
    const result = resolveSelection(['b'], options);
    assert.deepEqual(result.shown, ['b']);
    assert.match(result.messages.join(' '), /one more policy/);
  });
});

describe('pagination', () => {
  it('splits into pages of a fixed size, with at least one page', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    assert.deepEqual(pageOf(items, 1, 4), [0, 1, 2, 3]);
    assert.deepEqual(pageOf(items, 3, 4), [8, 9]);
    assert.equal(pageCount(10, 4), 3);
    assert.equal(pageCount(8, 4), 2);
    assert.equal(pageCount(0, 4), 1);
  });
});

describe('the index of policies by first letter', () => {
  it('files a name under its first letter, in capitals and without accents; digits under #', () => {
    assert.equal(initialOf('acme Corp'), 'A');
    assert.equal(initialOf('Écosia'), 'E');
    assert.equal(initialOf('  "Zeta" Ltd'), 'Z');
    assert.equal(initialOf('23andMe'), '#');
    assert.equal(initialOf('Ørsted'), 'Ø');
  });

  it('names the page and position where each letter starts, each letter once', () => {
    const names = ['1Password', 'Acme', 'Alpha', 'Beta', 'Écosia', 'Eta', 'Zeta'];
    assert.deepEqual(initialsIndex(names, 3), [
      { initial: '#', page: 1, index: 0 },
      { initial: 'A', page: 1, index: 1 },
      { initial: 'B', page: 2, index: 3 },
      { initial: 'E', page: 2, index: 4 },
      { initial: 'Z', page: 3, index: 6 },
    ]);
    assert.deepEqual(initialsIndex([], 3), []);
  });

});

describe('comparison URLs', () => {
  it('keep the choice in a readable, shareable query', () => {
    assert.equal(compareUrl(['autoidm', 'influxis']), '/compare/?policies=autoidm,influxis');
    assert.equal(compareUrl([]), '/compare/');
    assert.equal(topicUrl('retention', ['a']), '/topics/retention/?policies=a');
  });

  it('page 1 is the unpaginated page', () => {
    assert.equal(topicPagePath('retention', 1), '/topics/retention/');
    assert.equal(topicPagePath('retention', 2), '/topics/retention/page/2/');
    assert.equal(homePagePath(1), '/');
    assert.equal(homePagePath(3), '/page/3/');
  });
});

describe('tallyTopic', () => {
  const policies = [
    { name: 'a', sections: [section('keep', 80, 'retention')] },
    { name: 'b', sections: [section('share', 80, 'sharing', 'retention')] },
    { name: 'c', sections: [section('intro', 40, 'overview')] },
    { name: 'd', sections: [] },
  ];

  it('counts the policies addressing a topic and in passing, and lists the silent ones in order', () => {
    const tally = tallyTopic(policies, 'retention');
    assert.equal(tally.addressed, 1);
    assert.equal(tally.mentioned, 1);
    assert.deepEqual(tally.silent.map((p) => p.name), ['c', 'd']);
    assert.deepEqual(tallyTopic(policies, 'children').silent.map((p) => p.name), ['a', 'b', 'c', 'd']);
  });

  it('counts a list of policies once per topic', () => {
    assert.equal(tallyTopic(policies, 'retention'), tallyTopic(policies, 'retention'));
    assert.notEqual(tallyTopic([...policies], 'retention'), tallyTopic(policies, 'retention'));
  });
});
