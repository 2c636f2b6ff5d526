/**
 * Section text as other tools hand it over. A section cut from a saved web page often keeps its markup
 * (`<p>`, `<br>`, `<strong>`), character references (`&amp;`, `&#8217;`, `&nbsp;`) and typographic spaces
 * (no-break, thin, zero-width, soft hyphens); one from a plain-text or PDF copy is wrapped at a fixed width.
 * The tagger reads words, sentences and lines, so it reads such a section as the page shows it:
 *
 * - a line break (`<br>`) ends a line, and a block element (`<p>`, `<li>`, `<h2>`, ...) a paragraph, as a
 *   blank line does in plain text; table cells are set apart by a space; other tags (`<strong>`, `<a href>`,
 *   `<span>`) go, and scripts, styles and comments go with their content;
 * - character references are decoded (`parse-entities`, as HTML does), after the tags are gone, so an
 *   escaped `&lt;p&gt;` stays text;
 * - every kind of space is a space, and invisible characters (zero-width spaces, soft hyphens) go;
 * - wrapped text is unwrapped: a line break between a small letter or a comma and a small letter is inside a
 *   sentence, so it is a space (a list item or a sentence starts with a capital, a bullet or a number, and
 *   keeps its line);
 * - a headless section that opens with a title in a heading element or in bold (`<strong>Data Retention</strong>
 *   We keep ...`, or in Markdown `**Data Retention** We keep ...`) gets that title as its heading: the markup
 *   sets it apart where plain text would run it into the first sentence. A bold first sentence ("We never sell
 *   your data.") is not a title and stays in the text.
 *
 * A section with none of these is returned as it is, after a regular-expression test and a look at each line
 * break. A `<` that does not open a tag ("children <13") is text.
 */
import { parseEntities } from 'parse-entities';
import type { SectionInput } from '../classify.ts';

/** A tag or comment, a character reference, an unusual space or an invisible character. */
const MARKUP = /<[a-z/!]|&(?:#\d|#x[\da-f]|[a-z]+\d*;?)|[\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/i;
/** A line broken inside a sentence: a small letter or a comma, a line break, a small letter (text wrapped at a fixed width). */
const WRAPPED = /([\p{Ll},])[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;
const SMALL_LETTER = /\p{Ll}/u;
const isSmall = (char: string | undefined): boolean => char !== undefined && (char >= 'a' && char <= 'z' ? true : char > '\u007f' && SMALL_LETTER.test(char));
const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\r';

/** Whether WRAPPED matches, by a look at each line break (most sections have few, and this runs on every section). */
function wrapped(value: string): boolean {
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) {
    let before = at - 1;
    while (isBlank(value[before])) before--;
    let after = at + 1;
    while (value[after] === ' ' || value[after] === '\t') after++;
    if ((value[before] === ',' || isSmall(value[before])) && isSmall(value[after])) return true;
  }
  return false;
}

const needsWork = (value: string): boolean => MARKUP.test(value) || wrapped(value);
/** Elements removed with their content. */
const HIDDEN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** A start or end tag. */
const TAG = /<\/?([a-z][a-z\d]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/gi;
/** Elements that end a paragraph where they open or close (`br` ends a line). */
const BLOCK = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul'.split(' '),
);
const CELL = new Set(['td', 'th']);
const SPACES = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Runs of spaces and tabs, and the spaces around a line break. */
const SPACE_RUN = /[ \t]+/g;
const LINE_EDGE = / ?\n ?/g;
/** Three or more line breaks (blank lines between blocks): one blank line, as between paragraphs. */
const BLANK_LINES = /\n{3,}/g;
/** A title at the start of the markup, inside any opening blocks: a heading element, or a bold or strong element. */
const LEADING_TITLE = /^\s*(?:<(?:p|div|li|section|article|header|span)\b[^>]*>\s*)*<(h[1-6]|strong|b)\b[^>]*>([\s\S]*?)<\/\1\s*>/i;
/** A title in Markdown bold (`**Title**` or `__Title__`) opening a text, before the rest of the line or the next line. */
const BOLD_LEAD = /^\s*(\*\*|__)(?=\S)([^*_\n]{1,100}?)\1[ \t]*(?:\r?\n)?[ \t]*(?=\S)/;
/** A title is at most this many words and characters (`heading.ts` reads titles in plain text by the same rule). */
const MAX_TITLE_WORDS = 12;
const MAX_TITLE_LENGTH = 100;

/** Whether a candidate title is short enough and has a letter. */
export const shortTitle = (line: string): boolean => line.length <= MAX_TITLE_LENGTH && line.split(/\s+/).length <= MAX_TITLE_WORDS && /\p{L}/u.test(line);

/** The text of a piece of markup as a reader sees it; see the module comment. */
export function plainText(value: string): string {
  if (!needsWork(value)) return value;
  const text = value
    .replace(WRAPPED, '$1 ')
    .replace(HIDDEN, '')
    .replace(TAG, (_tag, name: string) => {
      const element = name.toLowerCase();
      if (BLOCK.has(element)) return '\n';
      return CELL.has(element) ? ' ' : '';
    });
  return parseEntities(text)
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(SPACE_RUN, ' ')
    .replace(LINE_EDGE, '\n')
    .replace(BLANK_LINES, '\n\n')
    .trim();
}

/** Whether a piece of text can be a title: short, with a letter, not ending like a sentence. */
export const titleText = (text: string): boolean => shortTitle(text) && !/[.,;!]$/.test(text);

/** The section as a reader sees it: plain heading and text, and a title set apart by markup as its heading. */
export function plainSection(input: SectionInput): SectionInput {
  const { heading, text } = input;
  if (!heading?.trim()) {
    // A title in Markdown bold at the start: "**Data Retention** We keep ...".
    const bold = BOLD_LEAD.exec(text);
    const title = bold?.[2]?.trim() ?? '';
    if (bold && titleText(title) && text.length > bold[0].length) return plainSection({ heading: title, text: text.slice(bold[0].length) });
  }
  // `heading` may be null from JSON, whatever the type says.
  const headingWork = typeof heading === 'string' && needsWork(heading);
  if (!headingWork && !needsWork(text)) return input;
  if (!heading?.trim()) {
    const lead = LEADING_TITLE.exec(text);
    const title = lead ? plainText(lead[2] ?? '').replace(/\s+/g, ' ').trim() : '';
    const rest = lead ? plainText(text.slice(lead[0].length)).trim() : '';
    if (lead && rest && titleText(title)) return { heading: title, text: rest };
  }
  return { heading: typeof heading === 'string' ? plainText(heading).replace(/\s+/g, ' ') : undefined, text: plainText(text) };
}
