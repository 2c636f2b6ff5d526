/**
 * A heading that arrives inside a section's text. Sections cut from a policy by other tools (a corpus of
 * segments, a copy from a web page) often start with their title on a line of its own:
 *
 *     Information We Collect
 *     We collect the information you give us when ...
 *
 * Read as body text, the title's words count like any other and the section counts as having no heading,
 * though a heading is the best summary a section has. `splitHeading` takes such a title as the heading.
 *
 * A first line is a heading when it is short (`shortTitle`: at most 12 words), does not end a sentence (no final
 * period, comma, semicolon or exclamation mark), and looks like a title: numbered ("3.", "III.", "a)"),
 * a question, ending with a colon, or in title or capital letters.
 *
 * On one line with the text, a title is recognized where it is set apart: in capital letters before a sentence
 * ("INFORMATION WE COLLECT We collect ..."), or closed before a sentence by a question mark ("What do we
 * collect? We collect ..."), a colon (and reading as a title: "Account information: When you ...") or a
 * period (and in title letters: "Information We Collect. We collect ...", not "Our servers are located in
 * the United States. ..."). A title run into its text without a mark ("Information We Collect We collect")
 * cannot be told from a sentence and is left in the text.
 */
import type { SectionInput } from '../classify.ts';
import { plainSection, shortTitle, titleText } from './plain.ts';

const NUMBERED = /^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z]\)|\(\w{1,4}\)|§\s*\d+)\s/i;
/** Words of four letters or more: in a title, most start with a capital. */
const LONG_WORD = /\p{L}{4,}/gu;

/** Short words a title leaves in small letters ("Sharing Data with Our Partners"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'upon', 'than', 'that', 'this', 'your', 'their', 'about', 'over', 'under', 'when', 'where', 'what', 'which', 'does', 'will']);

/** Whether a phrase is in title letters: every word of four letters or more capitalized, bar a few small words. */
function strictTitle(phrase: string): boolean {
  const words = phrase.match(LONG_WORD) ?? [];
  return words.length > 0 && words.every((word) => word[0] !== word[0]!.toLowerCase() || TITLE_SMALL_WORDS.has(word));
}

/** Whether a line reads as a title (the length and ending are checked by the caller). */
function titleLike(line: string): boolean {
  if (NUMBERED.test(line) || line.endsWith('?') || line.endsWith(':')) return true;
  const words = line.match(LONG_WORD) ?? [];
  if (words.length === 0) return false;
  const capitalized = words.filter((word) => word[0] !== word[0]!.toLowerCase()).length;
  return capitalized * 2 >= words.length;
}


/** A run of words in capitals (numbering and commas allowed) at the start, followed by a sentence. */
const CAPITALS_LEAD = /^((?:\d+(?:\.\d+)*\.?\s+)?[^\p{Ll}\s.;!?]*\p{Lu}[^\p{Ll}\s.;!?]*(?:\s+[^\p{Ll}\s.;!?]+)*)\s+(?=\p{Lu}\p{Ll})/u;
/** A title closed by a colon, period or question mark, followed by a sentence. */
const CLOSED_LEAD = /^((?:\d+(?:\.\d+)*\.?\s+)?[^.;:!?\n]+?)([:.?])\s+(?=\p{Lu})/u;

/** The heading set on a first line with its text, and how many characters it takes with its punctuation; null when there is none. */
function inlineHeading(line: string): { heading: string; length: number } | null {
  // Two words in capitals, or one long one: a short name in capitals ("ACME Corp collects ...") is not a title.
  const capitals = CAPITALS_LEAD.exec(line);
  const run = capitals?.[1] ?? '';
  if (capitals && shortTitle(run) && (/\s/.test(run) || (run.match(/\p{Lu}/gu) ?? []).length >= 6)) {
    return { heading: run, length: capitals[0].length };
  }
  const closed = CLOSED_LEAD.exec(line);
  // Closed by a period, a title must be in title letters: a short first sentence may be half capitalized
  // ("Our servers are located in the United States.").
  const [, title = '', mark] = closed ?? [];
  if (closed && shortTitle(title) && (mark === '?' || (mark === ':' ? titleLike(title) : strictTitle(title)))) {
    return { heading: mark === '?' ? `${title}?` : title, length: closed[0].length };
  }
  return null;
}

/**
 * The section with a heading taken from the start of its text, where it has none and the text starts with
 * a title; else the section as given.
 */
export function splitHeading(input: SectionInput): SectionInput {
  if (input.heading?.trim()) return input;
  const text = input.text.trim();
  const end = text.indexOf('\n');
  // The first line (text starts with it, so what it takes is taken from the text).
  const line = end === -1 ? text : text.slice(0, end).trim();
  const rest = end === -1 ? '' : text.slice(end + 1).trim();
  const inline = inlineHeading(line);
  // A title on a line of its own; a text that is only a title (not a title and a sentence) is a heading over an empty body.
  if (titleText(line) && titleLike(line) && (rest || !inline)) return { heading: line, text: rest };
  return inline ? { heading: inline.heading, text: text.slice(inline.length) } : input;
}

/**
 * The section as the tagger reads it: markup, character references and unusual spaces made plain text
 * (`plain.ts`), then a title at the start of a headless text taken as its heading.
 */
export const readSection = (input: SectionInput): SectionInput => splitHeading(plainSection(input));
