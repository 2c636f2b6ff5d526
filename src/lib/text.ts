/** Text measures shown to readers: word counts and reading time. */

/**
 * Words a reader would count: runs of letters or digits, with inner apostrophes, hyphens and dots ("don't",
 * "e-mail", "3.14"): the matches of `/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\/gu`. Counted by a scan that
 * settles ASCII by hand and remembers other characters, without the match the regular expression allocated per
 * word (every section of every policy is counted during the build).
 */
export function countWords(text: string): number {
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    count++;
    for (;;) {
      while (i < length && (step = wordCharLength(text, i)) > 0) i += step;
      // An apostrophe, hyphen or dot joins two runs into one word.
      if (i + 1 < length && isJoiner(text.charCodeAt(i)) && wordCharLength(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
  }
  return count;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet seen, 1 a letter or digit, 2 neither. */
const letterOrDigit = new Uint8Array(0x10000);

/** Whether a UTF-16 code unit is a letter or digit (`[\p{L}\p{N}]`) on its own: ASCII by hand, others remembered. A surrogate is not. */
export function isLetterOrDigitUnit(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = letterOrDigit[code] ?? 0;
  if (known === 0) letterOrDigit[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** 1 (or 2, for a surrogate pair) when the character at `i` is a letter or digit (`[\p{L}\p{N}]`), else 0. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i) ?? code;
    return point > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(code) ? 1 : 0;
}

/** ' ’ - . */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46;
}

/** Typical adult reading speed for dense prose such as legal text. */
export const WORDS_PER_MINUTE = 200;

/** Reading time in whole minutes, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
