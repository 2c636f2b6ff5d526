/**
 * Frontmatter detection: the facts about a policy that live in its frontmatter rather than its
 * body (title, dates, organization, provenance notes). Each detector reads plain text and says
 * what it found and why, so the review can show the reviewer what to check.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

function monthIndex(name: string): number {
  const prefix = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix));
}

/** `YYYY-MM-DD` of a real calendar date, or null (so 2024-02-31 is rejected, not rolled over). */
function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const DATE_PATTERNS: readonly { readonly pattern: RegExp; readonly read: (m: RegExpExecArray) => string | null }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => isoOf(Number(m[1]), Number(m[2]), Number(m[3])) },
  // "June 15th, 2023", "Feb. 8 2024"
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => isoOf(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2])),
  },
  // "15 June 2023", "15th of June, 2023"
  {
    pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => isoOf(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1])),
  },
];

/**
 * Reads the first date written in a piece of text as `YYYY-MM-DD`. Numeric dates such as
 * 06/05/2023 are not read: day and month order differ by country, and a wrong date is worse
 * than a warning.
 */
export function parseDate(text: string): string | null {
  let best: { index: number; iso: string } | null = null;
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = read(match);
    if (iso && (best === null || match.index < best.index)) best = { index: match.index, iso };
  }
  return best?.iso ?? null;
}

export type DateKind = 'last_updated' | 'effective';

export interface DateLine {
  readonly kind: DateKind;
  /** The date as `YYYY-MM-DD`, or null when the line names a date the importer could not read. */
  readonly date: string | null;
  /** The date as written, for the warning when it could not be read. */
  readonly written: string;
}

const DATE_LINE =
  /^(?:(last\s+(?:updated|modified|revised|amended)|updated|revised|date of last (?:revision|update)|effective(?:\s+(?:date|as of|from|on))?|effective\s+date)\b(?:\s+(?:on|as of))?\s*[:\-–—]?\s*)(.{1,40})$/i;

/**
 * A line that only states the policy's date ("Last Updated: June 15th, 2023", "Effective date:
 * 1 May 2024"). Sentences that mention a date stay in the body; see `sentenceDate`.
 */
export function readDateLine(line: string): DateLine | null {
  const match = DATE_LINE.exec(line.trim());
  if (!match) return null;
  const label = match[1]!.toLowerCase();
  const written = match[2]!.trim().replace(/[.]$/, '');
  const kind: DateKind = label.startsWith('effective') ? 'effective' : 'last_updated';
  const date = parseDate(written);
  // The rest of the line must be the date itself; a numeric date is recognized but not read.
  if (date !== null && written.split(/\s+/).length <= 5) return { kind, date, written };
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(written)) return { kind, date: null, written };
  return null;
}

/** "This Privacy Policy was last updated on May 25, 2018." inside the body: the date it states. */
export function sentenceDate(text: string): DateLine | null {
  const match = /\b(?:was\s+)?(last\s+(?:updated|modified|revised)|effective)\s+(?:on|as of)?\s*([^.;]{4,40}?\d{4})/i.exec(text);
  if (!match) return null;
  return { kind: match[1]!.toLowerCase().startsWith('effective') ? 'effective' : 'last_updated', date: parseDate(match[2]!), written: match[2]!.trim() };
}

export interface TitleLine {
  /** Title as the policy states it. */
  readonly title: string;
  /** Organization named after the title ("Privacy Policy - Influxis"), if any. */
  readonly organization: string | null;
}

const POLICY_WORDS = /\b(?:privacy|data protection|cookie)\s+(?:policy|notice|statement)\b|\bprivacy\b/i;

/**
 * A title line: short, names a privacy policy or notice, and is not a sentence. A suffix after
 * " - " or " | " names the organization, as page titles do ("Privacy Policy - Influxis").
 */
export function readTitleLine(line: string): TitleLine | null {
  const text = line.trim();
  if (!POLICY_WORDS.test(text) || /[.!?;,:]$/.test(text) || text.split(/\s+/).length > 12) return null;
  const split = /^(.*?\b(?:policy|notice|statement))\s+[-–—|]\s+(.+)$/i.exec(text);
  if (split && !POLICY_WORDS.test(split[2]!)) return { title: split[1]!.trim(), organization: split[2]!.trim() };
  return { title: text, organization: null };
}

export interface ProvenanceLine {
  readonly note: string;
  readonly archived: string | null;
  readonly retrieved: string | null;
}

/**
 * A note about where the text came from, written by whoever extracted it rather than by the
 * organization ("The following text is extracted and transformed from the influxis.com privacy
 * policy that was archived on 2019-06-16 ..."). It must speak about the text itself and about
 * extraction or archiving, so a policy sentence about archives is not taken for one.
 */
export function readProvenanceLine(line: string): ProvenanceLine | null {
  const text = line.trim();
  const aboutTheText = /^(?:the following|this) (?:text|copy|content|document|page)\b|\b(?:wayback machine|web\.archive\.org|archive\.org)\b/i.test(text);
  const aboutExtraction = /\b(?:extracted|transformed|archived|snapshot|retrieved|captured|copied)\b/i.test(text);
  if (!aboutTheText || !aboutExtraction) return null;
  const archivedMatch = /\b(?:archived|captured|snapshot(?: taken)?)\s+(?:on|at)?\s*(.{4,40})/i.exec(text);
  const retrievedMatch = /\bretrieved\s+(?:on|at)?\s*(.{4,40})/i.exec(text);
  return {
    note: text,
    archived: archivedMatch ? parseDate(archivedMatch[1]!) : null,
    retrieved: retrievedMatch ? parseDate(retrievedMatch[1]!) : null,
  };
}

export interface OrganizationFinding {
  readonly organization: string;
  /** How it was found, for the review ("“we” definition", "copyright line", ...). */
  readonly how: string;
}

/** A company name: capitalized words, optionally with a legal suffix ("Infologistics, Inc."). */
const NAME = String.raw`(?!(?:This|That|It|We|Our|The|Your|There|These|Those|If|When)\b)[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|S\.A|SAS|AG|BV|B\.V|Corp|Corporation|Co|LLP|PLC|Pty)\b\.?)?`;

/** Trailing punctuation a sentence adds after a name, keeping the period of "Inc." and "Ltd.". */
function cleanName(name: string): string {
  let cleaned = name.trim().replace(/[,;:]+$/, '');
  if (/\b(?:LLC|LLP|PLC|GmbH|AG|SAS|BV)\.$/.test(cleaned)) cleaned = cleaned.slice(0, -1);
  return cleaned.trim();
}

const ORGANIZATION_PATTERNS: readonly { readonly how: string; readonly pattern: RegExp }[] = [
  // "Acme, Inc. (“Acme,” “we,” “us,” or “our”)" / "We at Acme LLC (“Acme”, “we” ...)"
  { how: '“we” definition', pattern: new RegExp(String.raw`(?:^|\b[Ww]e at\s+|\.\s+)(${NAME})\s*,?\s*\((?:[^()]{0,40}?)["“”](?:we|us|our)\b`) },
  // "Company Name: Acme LLC" in a contact block.
  { how: '"Company name:" line', pattern: new RegExp(String.raw`^(?:company|organi[sz]ation|business|legal|entity)\s+name\s*:\s*(${NAME})`, 'i') },
  // "created by Infologistics, Inc.", "operated by Acme Ltd."
  { how: '"created/operated by" phrase', pattern: new RegExp(String.raw`\b(?:created|operated|owned|provided|published|developed|run)\s+by\s+(${NAME})`) },
  // "AutoIDM is a U.S. company"
  { how: '"is a … company" sentence', pattern: new RegExp(String.raw`(?:^|\.\s+)(${NAME})\s+is\s+an?\s+(?:[\w.]+\s+){0,3}(?:company|corporation|business|firm)\b`) },
];

/** A copyright line names the publisher: "© 2025 Infologistics, Inc. All Rights Reserved". */
export function organizationFromCopyright(line: string): string | null {
  const match = new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[,\s]*(${NAME})`, 'i').exec(line.trim());
  if (!match) return null;
  const name = cleanName(match[1]!.replace(/\s+all\s+rights.*$/i, ''));
  return name === '' || /^all\b/i.test(name) ? null : name;
}

/**
 * The organization the policy names as its publisher, from the strongest clue found: the
 * definition of "we", a "Company name:" line, a "created by" phrase, a copyright line or an
 * "X is a … company" sentence. Null when the text names none: the caller must then ask.
 */
export function findOrganization(paragraphs: readonly string[], copyrightLines: readonly string[] = []): OrganizationFinding | null {
  for (const { how, pattern } of ORGANIZATION_PATTERNS.slice(0, 3)) {
    for (const paragraph of paragraphs) {
      const match = pattern.exec(paragraph);
      if (match) return { organization: cleanName(match[1]!), how };
    }
  }
  for (const line of copyrightLines) {
    const organization = organizationFromCopyright(line);
    if (organization) return { organization, how: 'copyright line' };
  }
  const last = ORGANIZATION_PATTERNS[3]!;
  for (const paragraph of paragraphs) {
    const match = last.pattern.exec(paragraph);
    if (match) return { organization: cleanName(match[1]!), how: last.how };
  }
  return null;
}
