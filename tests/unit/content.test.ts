/** The committed policies: valid, and free of the page residue their extraction carried. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkPolicyFiles, readPolicyDirectory, splitFrontmatter } from '../../src/lib/content-check.ts';

const policies = readPolicyDirectory(path.resolve('content/policies'), process.cwd());

const SEEDS = ['autoidm', 'imetrix', 'industrack', 'influxis'];

/** Residue of web-page extraction: page-builder markers, image names, store badges, footers. */
const RESIDUE = [
  /\btop of page\b/i,
  /\bbottom of page\b/i,
  /\.(png|jpe?g|gif|svg|webp)\b/i,
  /\bapp store\b|\bgoogle play\b|\bplay store\b/i,
  /©|all rights reserved/i,
  /^\s*(skip to (main )?content|menu|log ?in|sign ?up)\s*$/im,
  /\u00a0\s*$/m,
];

describe('content/policies', () => {
  it('holds the four seed policies at least', () => {
    assert.ok(policies.length >= 4, `found ${policies.length}`);
  });

  it('passes the content check', () => {
    assert.deepEqual(checkPolicyFiles(policies), []);
  });

  // The seeds' extraction carried this residue; a later policy may well mention an app store.
  for (const { file, contents } of policies.filter((p) => SEEDS.includes(path.basename(p.file, '.md')))) {
    it(`${file} has no extraction residue and no provenance line in its body`, () => {
      const body = splitFrontmatter(contents)!.body;
      for (const pattern of RESIDUE) {
        const line = body.split('\n').findIndex((text) => pattern.test(text));
        assert.equal(line, -1, `${file}: line ${line + 1} of the body matches ${pattern}: ${body.split('\n')[line]}`);
      }
      assert.doesNotMatch(body, /extracted and transformed from|archived on \d{4}/i);
    });
  }
});
