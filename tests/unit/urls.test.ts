import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeBase, sectionPath, underBase } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('normalizes a base path to one trailing slash, however it was configured', () => {
    assert.equal(normalizeBase('/'), '/');
    assert.equal(normalizeBase('/privacy-compare'), '/privacy-compare/');
    assert.equal(normalizeBase('/privacy-compare/'), '/privacy-compare/');
  });

  it('moves a root-relative site path under a base (what integrations, outside Vite, need)', () => {
    assert.equal(sectionPath('acme', 'data-retention'), '/policies/acme/#data-retention');
    assert.equal(underBase('/privacy-compare', sectionPath('acme', 'data-retention')), '/privacy-compare/policies/acme/#data-retention');
    assert.equal(underBase('/', '/policies/acme/'), '/policies/acme/');
  });
});
