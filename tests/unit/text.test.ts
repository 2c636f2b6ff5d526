import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, readingMinutes } from '../../src/lib/text.ts';

/** The definition countWords implements by hand. */
const byRegex = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)].length;

describe('countWords', () => {
  it('counts words as a reader does: inner apostrophes, hyphens and dots join, other punctuation separates', () => {
    const cases: [string, number][] = [
      ['We keep your data for 30 days.', 7],
      ["Don't share O’Neil's e-mail or v2.1 notes", 7],
      ['a--b a..b x- -x', 6],
      ['Datenschutzerklärung für naïve café-Besucher', 4],
      ['日本語のテキスト と العربية ١٢٣', 4],
      ['𝐀𝐁𝐂 😀 ok', 2],
      ['', 0],
      ['  — … ', 0],
    ];
    for (const [text, words] of cases) assert.equal(countWords(text), words, text);
  });

  it('agrees with its regular-expression definition on mixed random text', () => {
    const alphabet = ['a', 'Z', '7', ' ', "'", '’', '-', '.', ',', 'é', 'ß', 'ж', '日', '٣', '\u0301', '😀', '𝐀', '\ud800', '\n', '—'];
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      assert.equal(countWords(text), byRegex(text), JSON.stringify(text));
    }
  });

  it('gives reading time in whole minutes, at least one for any text', () => {
    assert.equal(readingMinutes(0), 0);
    assert.equal(readingMinutes(20), 1);
    assert.equal(readingMinutes(1000), 5);
  });
});
