/**
 * A heading that arrives inside a section's text. Sections cut from a policy by other tools (a corpus of
 * segments, a copy from a web page) often start with their title on a line of its own:
 *
 *     Information We Collect
 *     We collect the information you give us when ...
 *
 * Read as body text, the title's words count like any other and the section counts as having no heading,
 * though a heading is the best summary a section has. `splitHeading` takes such a first line as the heading.
 *
 * A first line is a heading when it is short (at most MAX_WORDS words), does not end a sentence (no final
 * period, comma, semicolon or exclamation mark), and looks like a title: numbered ("3.", "III.", "a)"),
 * a question, ending with a colon, or in title or capital letters.
 */
import type { SectionInput } from '../classify.ts';

const MAX_WORDS = 12;
const MAX_LENGTH = 100;
const NUMBERED = /^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z]\)|\(\w{1,4}\)|§\s*\d+)\s/i;
/** Words of four letters or more: in a title, most start with a capital. */
const LONG_WORD = /\p{L}{4,}/gu;

/** Whether a line reads as a title (the length and ending are checked by the caller). */
function titleLike(line: string): boolean {
  if (NUMBERED.test(line) || line.endsWith('?') || line.endsWith(':')) return true;
  const words = line.match(LONG_WORD) ?? [];
  if (words.length === 0) return false;
  const capitalized = words.filter((word) => word[0] !== word[0]!.toLowerCase()).length;
  return capitalized * 2 >= words.length;
}

/**
 * The section with a heading taken from the first line of its text, where it has none and that line is a
 * title; else the section as given.
 */
export function splitHeading(input: SectionInput): SectionInput {
  if (input.heading?.trim()) return input;
  const text = input.text.trimStart();
  const end = text.indexOf('\n');
  if (end === -1) return input;
  const line = text.slice(0, end).trim();
  const rest = text.slice(end + 1).trim();
  if (!line || !rest || line.length > MAX_LENGTH || /[.,;!]$/.test(line)) return input;
  if (line.split(/\s+/).length > MAX_WORDS || !/\p{L}/u.test(line) || !titleLike(line)) return input;
  return { heading: line, text: rest };
}
