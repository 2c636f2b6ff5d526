import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitStoreModule } from '../../src/integrations/content-store-module.ts';

/** Astro's store module for a store that serializes to `json`. */
const storeModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** What a module's default export evaluates to, after a round trip through UTF-8 as on disk. */
function evaluate(code: string): unknown {
  const onDisk = new TextDecoder().decode(new TextEncoder().encode(code));
  return new Function(onDisk.replace(/^export default /, 'return '))();
}

// Quotes, backslashes, \uXXXX escapes, control characters, emoji (surrogate pairs), non-Latin text.
const store = [
  ['Map', 1, 2],
  'meta::meta',
  { html: '<p class="note">Data is kept for 30 days.</p>\n<p>\\ back\\slash "quoted" \u0001 tab\there</p>' },
  'Privacy 🔒🍪 emoji, 日本語の個人情報, ملف تعريف الارتباط, Ünïcödé',
  '\\u00e9 looks like an escape but is text; "\\\\" too',
];
const json = JSON.stringify(store);

describe('splitStoreModule', () => {
  it('keeps the store exactly, wherever the pieces are cut', () => {
    const code = storeModule(json);
    for (let pieceLength = 1; pieceLength <= 40; pieceLength++) {
      const split = splitStoreModule(code, pieceLength);
      assert.ok(split, `piece length ${pieceLength}`);
      assert.deepEqual(evaluate(split), store, `piece length ${pieceLength}`);
    }
  });

  it('never cuts inside a six-character escape of the literal itself', () => {
    // JSON.stringify writes two-character escapes only; a literal spelled with \uXXXX must survive too.
    const code = 'export default JSON.parse("[\\u0022caf\\u00e9\\u0022,\\u0022\\ud83d\\udd12\\u0022]")';
    assert.deepEqual(evaluate(code), ['café', '🔒']);
    for (let pieceLength = 1; pieceLength <= 12; pieceLength++) {
      assert.deepEqual(evaluate(splitStoreModule(code, pieceLength)!), ['café', '🔒'], `piece length ${pieceLength}`);
    }
  });

  it('cuts a large store into many pieces of about the piece length', () => {
    const big = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: i, text: `Section ${i}: "we keep" \\ 🔒 data` })));
    const literalLength = JSON.stringify(big).length;
    const split = splitStoreModule(storeModule(big), 1000)!;
    const pieces = split.split(',\n').length;
    assert.ok(pieces > literalLength / 1010 && pieces <= Math.ceil(literalLength / 1000), `${pieces} pieces for ${literalLength} characters`);
    assert.deepEqual(evaluate(split), JSON.parse(big));
  });

  it('leaves small stores and modules of another shape alone', () => {
    assert.equal(splitStoreModule(storeModule('[]')), undefined);
    assert.equal(splitStoreModule('export default new Map()', 1), undefined);
    assert.equal(splitStoreModule('export default{"policies":[(await import("x"))]}', 1), undefined);
  });
});
