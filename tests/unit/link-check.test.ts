import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLinks } from '../../scripts/lib/link-check.ts';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'links-'));
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), contents);
  }
  return dist;
}

describe('checkLinks', () => {
  it('passes a site whose pages, assets and fragments all exist', () => {
    const dist = site({
      'index.html': '<a href="/policies/acme/#retention">x</a><link rel="stylesheet" href="/_astro/a.css"><a href="https://example.com/">y</a><a href="#top">z</a><p id="top"></p>',
      'policies/acme/index.html': '<h2 id="retention">Retention</h2><a href="../../">home</a>',
      '_astro/a.css': 'p{}',
      'api/v1/policies.json': JSON.stringify({ policies: [{ path: '/policies/acme/', json: '/api/v1/policies.json' }] }),
    });
    const result = checkLinks(dist);
    assert.deepEqual(result.broken, []);
    assert.equal(result.pages, 2);
    rmSync(dist, { recursive: true });
  });

  it('reports a missing page, a missing fragment, a missing asset and a broken export path', () => {
    const dist = site({
      'index.html': '<a href="/nowhere/">a</a><a href="/policies/acme/#gone">b</a><script src="/_astro/missing.js"></script>',
      'policies/acme/index.html': '<h2 id="retention">Retention</h2>',
      'api/v1/policies/acme.json': JSON.stringify({ sections: [{ path: '/policies/acme/#retired' }] }),
    });
    const reasons = checkLinks(dist).broken.map((b) => `${b.from} ${b.href}: ${b.reason}`);
    assert.deepEqual(reasons.sort(), [
      '/ /_astro/missing.js: no such file',
      '/ /nowhere/: no such page',
      '/ /policies/acme/#gone: no element with id "gone" on /policies/acme/',
      '/api/v1/policies/acme.json /policies/acme/#retired: no element with id "retired" on /policies/acme/',
    ]);
    rmSync(dist, { recursive: true });
  });

  it('reports an id used twice on a page, which a fragment link cannot tell apart', () => {
    const dist = site({ 'policies/acme/index.html': '<main id="main"><h2 id="main">Main</h2><h2 id="retention">Retention</h2></main>' });
    assert.deepEqual(checkLinks(dist).broken, [{ from: '/policies/acme/', href: '#main', reason: 'id "main" is used more than once on the page' }]);
    rmSync(dist, { recursive: true });
  });

  it('resolves links under a sub-path base and flags links that escape it', () => {
    const dist = site({
      'index.html': '<a href="/docs/policies/acme/">a</a><a href="/policies/acme/">b</a>',
      'policies/acme/index.html': '<p>x</p>',
    });
    const reasons = checkLinks(dist, '/docs/').broken.map((b) => `${b.href}: ${b.reason}`);
    assert.deepEqual(reasons, ['/policies/acme/: outside the base path /docs/']);
    rmSync(dist, { recursive: true });
  });
});
