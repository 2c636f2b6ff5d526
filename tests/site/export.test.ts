/** The built site's exports agree: the coverage CSV says what the JSON export's sections say. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { coverage } from '../../src/lib/compare.ts';
import { TOPIC_SLUGS } from '../../src/lib/taxonomy.ts';

interface ExportedPolicy {
  organization: string;
  path: string;
  json: string;
  section_count: number;
  words: number;
}
interface ExportedDocument {
  sections: { id: string; words: number; topics: string[] }[];
}

const read = (sitePath: string) => readFileSync(path.join('dist', sitePath), 'utf8');

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

it('the coverage CSV has a row per exported policy with the coverage its sections give', { skip: !existsSync('dist/index.html') && 'run `npm run build` first' }, () => {
  const index = JSON.parse(read('api/v1/policies.json')) as { policies: ExportedPolicy[] };
  const text = read('api/v1/coverage.csv');
  assert.ok(text.startsWith('\ufeff'), 'a byte-order mark, so spreadsheets read UTF-8');
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.equal(rows.length, index.policies.length);
  for (const [i, policy] of index.policies.entries()) {
    const row = Object.fromEntries(header!.map((column, j) => [column, rows[i]![j]]));
    assert.equal(row['organization'], policy.organization);
    assert.equal(new URL(row['url']!, 'http://site.test').pathname, policy.path);
    assert.equal(row['sections'], String(policy.section_count));
    assert.equal(row['words'], String(policy.words));
    const doc = JSON.parse(read(policy.json)) as ExportedDocument;
    const sections = doc.sections.map((s) => ({ id: s.id, words: s.words, topics: s.topics.map((topic) => ({ topic })) }));
    for (const topic of TOPIC_SLUGS) {
      const expected = coverage(sections, topic);
      assert.equal(row[topic], expected.level, `${policy.organization}, ${topic}`);
      assert.equal(row[`${topic}_words`], String(expected.words), `${policy.organization}, ${topic} words`);
    }
  }
});
