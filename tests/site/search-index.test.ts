/**
 * The search index is built beside the rest of the build, from the sections the Markdown
 * renderer hands over, and checked against the JSON export; when policies come from Astro's
 * content cache instead (a build without --force), it is built from the export. Both ways
 * must publish the same index.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, buildWorkDir } from '../support/build.ts';

/** Every file of a Pagefind bundle with the hash of its bytes. */
function bundleFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

describe('search index', () => {
  it('is the same whether built beside the build or from the JSON export', async () => {
    const work = buildWorkDir();
    const fresh = await buildSite({ policiesDir: 'content/policies', work });
    assert.equal(fresh.status, 0, fresh.output);
    assert.match(fresh.output, /Indexed \d+ sections of 4 policies beside the build/);
    const beside = bundleFiles(path.join(fresh.outDir, 'pagefind'));
    assert.ok([...beside.keys()].some((file) => file.startsWith('fragment')), 'the index has fragments');

    // Again from the content cache: nothing is rendered, so the index comes from the export.
    const cached = await buildSite({ policiesDir: 'content/policies', work, force: false });
    assert.equal(cached.status, 0, cached.output);
    assert.match(cached.output, /Indexing from the JSON export: no policy was rendered in this build/);
    assert.deepEqual(bundleFiles(path.join(cached.outDir, 'pagefind')), beside);
  });
});
