import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { isTopicSlug } from '../../src/lib/taxonomy.ts';
import { PROGRESS_EVERY, tagStream } from '../../src/cli/tag.ts';

const CLI = fileURLToPath(new URL('../../src/cli/tag.ts', import.meta.url));

function runTag(args: readonly string[], input = '') {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SECTIONS = [
  { id: 'one', heading: 'Children', text: 'We do not knowingly collect personal information from children under 13.' },
  { id: 'two', text: 'We may update this privacy policy from time to time and will post the revised version here.' },
  { id: 3, heading: 'Cookies', text: 'We use cookies and web beacons to remember your preferences.' },
];
const INPUT = `${SECTIONS.map((s) => JSON.stringify(s)).join('\n')}\n`;

function parseOutput(stdout: string): Array<{ id: unknown; topics: string[]; scores: Record<string, number>; evidence?: Record<string, string[]> }> {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
}

describe('npm run tag', () => {
  it('tags stdin, one output line per input line, in order', () => {
    const { status, stdout, stderr } = runTag([], INPUT);
    assert.equal(status, 0, stderr);
    const rows = parseOutput(stdout);
    assert.deepEqual(rows.map((r) => r.id), ['one', 'two', 3]);
    assert.deepEqual(rows.map((r) => r.topics[0]), ['children', 'changes', 'cookies']);
    for (const row of rows) {
      assert.ok(row.topics.length > 0 && row.topics.every(isTopicSlug));
      assert.deepEqual(Object.keys(row.scores), row.topics);
      for (const score of Object.values(row.scores)) assert.ok(score >= 0 && score <= 1);
    }
  });

  it('with --evidence, adds the words behind each topic, quoted from the section, strongest first', () => {
    const plain = runTag([], INPUT);
    const { status, stdout, stderr } = runTag(['--evidence'], INPUT);
    assert.equal(status, 0, stderr);
    const rows = parseOutput(stdout);
    const inputs = INPUT.trim().split('\n').map((line) => JSON.parse(line) as { heading?: string; text: string });
    // The same topics and scores as without the option.
    assert.deepEqual(rows.map(({ id, topics, scores }) => ({ id, topics, scores })), parseOutput(plain.stdout));
    for (const [i, row] of rows.entries()) {
      const evidence = row.evidence!;
      assert.deepEqual(Object.keys(evidence), row.topics);
      const section = `${inputs[i]!.heading ?? ''}\n${inputs[i]!.text}`.toLowerCase();
      assert.ok(evidence[row.topics[0]!]!.length > 0, JSON.stringify(row));
      for (const terms of Object.values(evidence)) for (const term of terms) assert.ok(section.includes(term), `"${term}" is not in section ${row.id}`);
    }
  });

  it('reads a file argument, and "-" as stdin, with the same output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tag-cli-'));
    const file = join(dir, 'sections.jsonl');
    writeFileSync(file, INPUT);
    const fromStdin = runTag([], INPUT);
    const fromFile = runTag([file]);
    const fromDash = runTag(['-'], INPUT);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.equal(fromFile.stdout, fromStdin.stdout);
    assert.equal(fromDash.stdout, fromStdin.stdout);
  });

  it('reads sections copied from web pages as plain text (markup, references, a bold title, a null heading)', () => {
    const text = 'We may update this privacy policy from time to time and will post the revised version here.';
    const copied = [
      { id: 'html', heading: null, text: `<p><strong>Note</strong> ${text.replace(/ /g, '&nbsp;')}</p>` },
      { id: 'plain', heading: 'Note', text },
    ];
    const { status, stdout, stderr } = runTag(['--evidence'], `${copied.map((s) => JSON.stringify(s)).join('\n')}\n`);
    assert.equal(status, 0, stderr);
    const [html, plain] = parseOutput(stdout);
    assert.deepEqual({ ...html, id: 'plain' }, plain);
  });

  it('skips blank lines and accepts CRLF line ends', () => {
    const input = `\n${JSON.stringify(SECTIONS[0])}\r\n   \n${JSON.stringify(SECTIONS[1])}\r\n\n`;
    const { status, stdout } = runTag([], input);
    assert.equal(status, 0);
    assert.deepEqual(parseOutput(stdout).map((r) => r.id), ['one', 'two']);
  });

  it('prints nothing for empty input', () => {
    const { status, stdout } = runTag([], '');
    assert.equal(status, 0);
    assert.equal(stdout, '');
  });

  it('rejects a malformed line by number, exits non-zero and prints nothing on stdout', () => {
    const bad = [
      JSON.stringify(SECTIONS[0]),
      '{"id": "x", "text": ',
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'y', text: 42 }),
      JSON.stringify(SECTIONS[1]),
    ].join('\n');
    const { status, stdout, stderr } = runTag([], bad);
    assert.notEqual(status, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /line 2\b.*JSON/);
    assert.match(stderr, /line 3\b.*"id"/);
    assert.match(stderr, /line 4\b.*"text"/);
    assert.doesNotMatch(stderr, /line [15]\b/);
  });

  it('rejects a non-object line and a non-string heading', () => {
    const result = runTag([], `[1, 2]\n${JSON.stringify({ id: 'h', heading: 7, text: 'x' })}\n`);
    assert.notEqual(result.status, 0);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /line 1\b/);
    assert.match(result.stderr, /line 2\b.*"heading"/);
  });

  it('names a missing file and exits non-zero', () => {
    const { status, stdout, stderr } = runTag(['/no/such/dir/sections.jsonl']);
    assert.notEqual(status, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /\/no\/such\/dir\/sections\.jsonl/);
  });

  it('prints a one-line usage for --help', () => {
    const { status, stdout } = runTag(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^usage: /);
    assert.equal(stdout.trimEnd().split('\n').length, 1);
  });

  it('prints the usage and exits 2 for an unknown flag or too many arguments', () => {
    for (const args of [['--bogus'], ['a.jsonl', 'b.jsonl']]) {
      const { status, stdout, stderr } = runTag(args, INPUT);
      assert.equal(status, 2, `args ${args.join(' ')}`);
      assert.equal(stdout, '');
      assert.match(stderr, /usage: /);
    }
  });

  it('reports progress as it reads a long input (on a terminal, a line on stderr); piped, stderr stays empty', async () => {
    const count = PROGRESS_EVERY * 2 + 500;
    const long = `${Array.from({ length: count }, (_, i) => JSON.stringify({ ...SECTIONS[i % SECTIONS.length], id: i })).join('\n')}\n`;
    const seen: number[] = [];
    const result = await tagStream(Readable.from([long]), { onProgress: (lines) => seen.push(lines) });
    assert.equal(result.outputs.length, count);
    assert.deepEqual(seen, [PROGRESS_EVERY, PROGRESS_EVERY * 2]);
    const { status, stdout, stderr } = runTag([], long);
    assert.equal(status, 0);
    assert.equal(stdout.trimEnd().split('\n').length, count);
    assert.equal(stderr, '');
  });
});
