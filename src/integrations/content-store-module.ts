/**
 * A Vite plugin that makes Astro's bundled content store quick to load.
 *
 * Astro bundles the content store into the build as one module,
 * `export default JSON.parse("<the whole store>")`. With 1,000 policies that string literal is
 * about 60 MB, and V8 takes seconds to compile a single literal that long (7 s here), far more
 * than the same text in 1 MB literals (1.4 s). This plugin rewrites that module so the store is
 * the same string, joined from pieces of about 1 MB. Astro's own
 * `experimental.collectionStorage: 'chunked'` splits the store too, but its writer measures the
 * store one character at a time (about 2 minutes for 60 MB), so it is not used.
 */
import type { Plugin } from 'vite';

/** The id Astro resolves `astro:data-layer-content` to. */
const STORE_MODULE_ID = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** Pieces of 1 Mi characters: as quick to compile as separate modules. */
const PIECE_LENGTH = 1 << 20;

/**
 * Where a JSON string literal can be cut in two: the first place at or after `from` that is
 * neither inside an escape sequence nor between the two halves of a surrogate pair (the module
 * is written as UTF-8, where a lone half would be lost). Escapes start with a backslash and are
 * at most six characters long (`\uXXXX`), so a place with no backslash among the six characters
 * before it is outside one.
 */
function cutAt(literal: string, from: number): number {
  let cut = from;
  for (;;) {
    const backslash = literal.lastIndexOf('\\', cut - 1);
    if (backslash >= cut - 6) cut = backslash + 7;
    else if (isHighSurrogate(literal.charCodeAt(cut - 1))) cut += 1;
    else return cut;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The store module with its string literal cut into pieces that are joined at load time, or
 * undefined when the module does not have the expected shape or is small enough already.
 * The literal is cut as text, not parsed: parsing and re-encoding it would cost a second.
 */
export function splitStoreModule(code: string, pieceLength = PIECE_LENGTH): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  const literal = code.slice(PREFIX.length, -SUFFIX.length);
  if (literal.length <= pieceLength || !literal.startsWith('"') || !literal.endsWith('"')) return undefined;
  const pieces: string[] = [];
  let start = 1; // after the opening quote
  // Stop before the closing quote, so the last piece is never empty of it.
  for (let cut = cutAt(literal, start + pieceLength); cut < literal.length - 1; cut = cutAt(literal, start + pieceLength)) {
    pieces.push(`"${literal.slice(start, cut)}"`);
    start = cut;
  }
  pieces.push(`"${literal.slice(start)}`);
  return `${PREFIX}[\n${pieces.join(',\n')}\n].join(''))`;
}

export function contentStoreModule(): Plugin {
  return {
    name: 'privacy-compare:content-store-module',
    enforce: 'post',
    transform(code, id) {
      if (id !== STORE_MODULE_ID) return undefined;
      const split = splitStoreModule(code);
      return split === undefined ? undefined : { code: split, map: { mappings: '' } };
    },
  };
}
