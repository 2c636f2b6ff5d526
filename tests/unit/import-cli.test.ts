import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPolicyFile } from '../../src/lib/content-check.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'src/cli/import.ts');
const fixture = path.join(root, 'tests/fixtures/import/acme-numbered.txt');

function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh output directory and a place for input files; `files()` lists what the CLI wrote. */
function sandbox() {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
  const out = path.join(dir, 'out');
  return {
    dir,
    out,
    input(name: string, content: string | Buffer): string {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    files: (): string[] => {
      try {
        return readdirSync(out);
      } catch {
        return [];
      }
    },
  };
}

describe('import CLI', () => {
  it('--help prints the usage and exits 0', () => {
    const result = run(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /usage: npm run import -- <file>/);
    assert.match(result.stdout, /--organization <name>/);
  });

  it('writes a policy that passes the content check, and prints the review', () => {
    const box = sandbox();
    const result = run([fixture, '--out', box.out, '--source', 'https://acme.example/privacy']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(box.files(), ['acme-numbered.md']);
    const file = path.join(box.out, 'acme-numbered.md');
    assert.deepEqual(checkPolicyFile({ file, contents: readFileSync(file, 'utf8') }), []);
    assert.match(result.stdout, /Headings \(5\):\n {2}## 1\. INFORMATION WE COLLECT\n {2}### 1\.1 Information from Devices/);
    assert.match(result.stdout, /line 45 \[copyright footer\] © 2024 Acme Cloud, Inc\. All rights reserved\./);
    assert.match(result.stdout, /organization: Acme Cloud, Inc\. \(from the “we” definition; check it\)/);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const box = sandbox();
    assert.equal(run([fixture, '--out', box.out, '--slug', 'acme', '--source', 'x']).status, 0);
    const target = path.join(box.out, 'acme.md');
    writeFileSync(target, 'hand edited\n');
    const refused = run([fixture, '--out', box.out, '--slug', 'acme', '--source', 'x']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /acme\.md already exists\. Pass --force to overwrite it/);
    assert.equal(readFileSync(target, 'utf8'), 'hand edited\n');
    assert.equal(run([fixture, '--out', box.out, '--slug', 'acme', '--source', 'x', '--force']).status, 0);
    assert.match(readFileSync(target, 'utf8'), /^---\ntitle: ACME CLOUD PRIVACY NOTICE\n/);
    assert.deepEqual(box.files(), ['acme.md'], 'no temp file left behind');
  });

  const badInputs: { name: string; make: (box: ReturnType<typeof sandbox>) => string[]; status: number; message: RegExp }[] = [
    { name: 'a missing file', make: (box) => [path.join(box.dir, 'nope.txt')], status: 1, message: /nope\.txt: no such file/ },
    { name: 'an empty file', make: (box) => [box.input('empty.txt', '  \n\n')], status: 1, message: /empty\.txt is empty/ },
    { name: 'a binary file', make: (box) => [box.input('policy.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))], status: 1, message: /policy\.txt looks like a binary file/ },
    {
      name: 'a file that is not UTF-8',
      make: (box) => [box.input('latin1.txt', Buffer.from('Privacy Policy\n\nWe collect your name \xe9 address.\n', 'latin1'))],
      status: 1,
      message: /latin1\.txt is not valid UTF-8\. Convert it first/,
    },
    {
      name: 'a text that names no organization',
      make: (box) => [box.input('no-org.txt', readFileSync(path.join(root, 'tests/fixtures/import/plain-no-org.txt')))],
      status: 1,
      message: /does not say which organization publishes it\. Run the import again with --organization/,
    },
    { name: 'a directory', make: (box) => [box.dir], status: 1, message: /is not a file/ },
    { name: 'a bad --slug', make: () => [fixture, '--slug', 'Acme Corp'], status: 2, message: /--slug "Acme Corp" is not a valid slug/ },
    { name: 'a file name that makes no slug', make: (box) => [box.input('___.txt', 'Acme Inc. (“Acme”, “we”) keeps nothing.')], status: 2, message: /cannot make a slug from the file name "___\.txt": pass --slug/ },
    { name: 'an unknown flag', make: () => [fixture, '--frobnicate'], status: 2, message: /Unknown option '--frobnicate'/ },
    { name: 'no input file', make: () => [], status: 2, message: /no input file given/ },
    { name: 'two input files', make: () => [fixture, fixture], status: 2, message: /expected one input file, got 2/ },
    { name: 'a bad --kind', make: () => [fixture, '--kind', 'pdf'], status: 2, message: /--kind must be "text" or "html"/ },
  ];
  for (const { name, make, status, message } of badInputs) {
    it(`fails clearly on ${name}, exit ${status}, writing nothing`, () => {
      const box = sandbox();
      const result = run([...make(box), '--out', box.out]);
      assert.equal(result.status, status, result.stderr);
      assert.match(result.stderr, message);
      if (status === 2) assert.match(result.stderr, /\nusage: npm run import -- <file>/);
      assert.deepEqual(box.files(), []);
    });
  }

  it('--dry-run prints the review and writes nothing', () => {
    const box = sandbox();
    const result = run([fixture, '--out', box.out, '--source', 'x', '--dry-run']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Dry run: .*acme-numbered\.md not written/);
    assert.deepEqual(box.files(), []);
  });
});
