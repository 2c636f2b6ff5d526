/**
 * Plain text -> Markdown tree. Extractions of web pages lose their markup, so structure has to
 * be read back from the text: headings from their shape (numbering, a question on its own line,
 * a short title line, ALL CAPS, a label ending in ":"), sub-sections from how heading styles
 * nest, lists from bullet characters, and page residue from narrow patterns. Every line the
 * importer does not keep is reported, so nothing of the policy disappears unseen.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import {
  findOrganization,
  readDateLine,
  readProvenanceLine,
  readTitleLine,
  sentenceDate,
  type DateLine,
  type OrganizationFinding,
  type TitleLine,
} from './frontmatter.ts';
import { looksLikeFooterText, normalizeSpace, residueReason } from './residue.ts';

export interface RemovedLine {
  /** 1-based line number in the input. */
  readonly line: number;
  readonly text: string;
  /** Why it left the body: a residue pattern, or the frontmatter field it went to. */
  readonly reason: string;
}

/** What the text says about itself, for the frontmatter. */
export interface TextFacts {
  readonly title: string | null;
  readonly organization: OrganizationFinding | null;
  readonly lastUpdated: DateLine | null;
  readonly effective: DateLine | null;
  /** True when the date was read from a sentence that stays in the body. */
  readonly dateFromSentence: boolean;
  readonly archived: string | null;
  readonly retrieved: string | null;
  readonly provenance: readonly string[];
}

export interface TextImportOptions {
  /**
   * Heading levels to force, by heading text as written: the reviewer's fix when the importer
   * guessed a sub-section wrong. 0 turns the line back into a paragraph.
   */
  readonly headingLevels?: Readonly<Record<string, number>> | undefined;
}

export interface TextImport {
  readonly tree: Root;
  readonly facts: TextFacts;
  readonly removedLines: readonly RemovedLine[];
  readonly warnings: readonly string[];
}

interface SourceLine {
  readonly number: number;
  readonly text: string;
  readonly indent: number;
}

type Block =
  | { readonly kind: 'paragraph'; text: string; readonly line: number }
  | { readonly kind: 'item'; text: string; readonly line: number; readonly marker: string; readonly indent: number; readonly start: number | null };

/** Heading styles, weakest first: a weaker heading between two stronger ones is their sub-section. */
const STYLE_RANK = { colon: 1, title: 2, question: 3, caps: 4, numbered: 5 } as const;
type HeadingStyle = keyof typeof STYLE_RANK;

interface HeadingCandidate {
  readonly style: HeadingStyle;
  /** Depth of the numbering ("7." is 1, "7.1" is 2); 0 when unnumbered. */
  readonly numberDepth: number;
}

const BULLET = /^(?:[•●◦○▪▫■□‣⁃∙·◘➢➤►▶✓✔*\-–—]|o(?=\s))\s+(?=\S)/u;
const ORDERED_ITEM = /^(\d{1,3})[.)]\s+(?=\S)/;
const NUMBERED_HEADING = /^(?:(?:section|article|part)\s+)?(\d{1,2}(?:\.\d{1,2})*)(?:[.):]|\s*[-–—])?\s+(?=[\p{Lu}“"'(])/iu;
const WH_START = /^(?:what|when|why|how|who|whom|whose|where|which|do|does|can|is|are|will)\b/i;
const LEAD_IN_START = /^(?:for example|for instance|such as|including|in addition|in particular|e\.g\.|i\.e\.|note|please note)\b/i;
const SENTENCE_END = /[.!?;:)"”’]$/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whether a block reads as body text (a sentence or a long line), which a heading needs after it. */
function isBody(block: Block | undefined): boolean {
  if (!block) return false;
  if (block.kind === 'item') return true;
  return SENTENCE_END.test(block.text) || wordCount(block.text) >= 12;
}

/** The shape of a line that could be a heading, or null when it reads as text. */
export function headingCandidate(text: string): HeadingCandidate | null {
  const words = wordCount(text);
  if (words === 0 || words > 20 || text.length > 160 || /@|https?:\/\/|www\./.test(text)) return null;
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered && !/[.;,]$/.test(text)) return { style: 'numbered', numberDepth: numbered[1]!.split('.').filter(Boolean).length };
  if (!/^[\p{Lu}\p{N}“"'(]/u.test(text)) return null;
  if (text.endsWith('?')) return { style: 'question', numberDepth: 0 };
  if (/[.;,!]$/.test(text) || words > 12) return null;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && words <= 12) return { style: 'caps', numberDepth: 0 };
  if (text.endsWith(':')) {
    if (words > 8 || LEAD_IN_START.test(text)) return null;
    return { style: 'colon', numberDepth: 0 };
  }
  // "Email: a@b.c", "Phone: 612 ...": a label with its value is contact text, not a heading.
  if (/:\s+\S/.test(text) || /\d{3,}/.test(text) || words > 10) return null;
  return { style: WH_START.test(text) ? 'question' : 'title', numberDepth: 0 };
}

/**
 * A run-in heading: a short label and a period opening a paragraph ("Registration Data. When you
 * register ..."). The label must not read as a sentence (no pronoun or verb of its own).
 */
export function runInLabel(text: string): string | null {
  const match = /^([\p{Lu}][^.?!:;,()]{1,60}?)\.\s+(?=[\p{Lu}“"(])/u.exec(text);
  if (!match) return null;
  const label = match[1]!;
  const words = label.split(/\s+/);
  if (words.length > 6) return null;
  if (/\b(?:we|you|your|i|it|they|he|she|this|that|these|is|are|was|were|be|will|may|can|could|should|would|do|does|did|has|have|had|not|please|thank|you’ve|you've|we’ll|we'll)\b/i.test(label)) return null;
  // An abbreviation ends the match early ("U.S.", "Inc.", "No."): not a label.
  if (/\b(?:U\.S|Inc|Ltd|Co|No|Mr|Mrs|Dr|St|e\.g|i\.e|etc|vs|Jr|Sr|[A-Z])$/.test(label)) return null;
  return `${label}.`;
}

/** Whether the text is hard-wrapped (paragraphs broken into lines of similar width). */
function wrapWidth(lines: readonly SourceLine[]): number | null {
  const long = lines.filter((line) => line.text.length >= 40);
  if (long.length < 4) return null;
  const lengths = long.map((line) => line.text.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (p90 > 110) return null;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.text.length >= 40 && next.number === line.number + 1 && next.text !== '' && !/[.!?:]$/.test(line.text)) continued++;
  }
  return continued >= Math.max(2, long.length * 0.25) ? p90 : null;
}

/** Splits the kept lines into paragraphs and list items, joining hard-wrapped lines back up. */
function toBlocks(lines: readonly SourceLine[]): Block[] {
  const width = wrapWidth(lines.filter((line) => line.text !== ''));
  const blocks: Block[] = [];
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (line.text === '') {
      previous = null;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    const ordered = ORDERED_ITEM.exec(line.text);
    const last = blocks.at(-1);
    const adjacent = previous !== null && last !== undefined;
    if (bullet) {
      blocks.push({ kind: 'item', text: line.text.slice(bullet[0].length), line: line.number, marker: bullet[0].trim(), indent: line.indent, start: null });
    } else if (ordered && !headingCandidate(line.text)) {
      blocks.push({ kind: 'item', text: line.text.slice(ordered[0].length), line: line.number, marker: '1.', indent: line.indent, start: Number(ordered[1]) });
    } else if (
      adjacent &&
      ((last.kind === 'item' && line.indent > last.indent) ||
        (width !== null && previous!.text.length >= width * 0.6 && !/[.!?:]$/.test(previous!.text)))
    ) {
      // A continuation: an indented line under a bullet, or the rest of a wrapped line.
      last.text = `${last.text} ${line.text}`;
    } else {
      blocks.push({ kind: 'paragraph', text: line.text, line: line.number });
    }
    previous = line;
  }
  return blocks;
}

/** URLs and e-mail addresses in running text; trailing sentence punctuation is not part of them. */
const LINKABLE = /\bhttps?:\/\/[^\s<>"“”]+|\bwww\.[^\s<>"“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Text with its URLs and e-mail addresses as links, as the page had them. Without this the
 * serializer escapes them ("support\\@acme.com") to stop them becoming links by accident.
 */
export function linkify(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const value = match[0].replace(/[.,;:!?)\]’']+$/, '');
    const start = match.index;
    if (start > last) nodes.push({ type: 'text', value: text.slice(last, start) });
    const url = value.includes('@') && !/^https?:/.test(value) ? `mailto:${value}` : value.startsWith('www.') ? `https://${value}` : value;
    nodes.push({ type: 'link', url, children: [{ type: 'text', value }] });
    last = start + value.length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

/** Turns a paragraph's text into inline nodes; a run-in label becomes bold, words unchanged. */
function inline(text: string, label: string | null): PhrasingContent[] {
  if (!label) return linkify(text);
  return [{ type: 'strong', children: [{ type: 'text', value: label }] }, ...linkify(text.slice(label.length))];
}

/** Builds nested lists from consecutive items: a new marker or a deeper indent opens a sub-list. */
function buildList(items: readonly Extract<Block, { kind: 'item' }>[], labels: ReadonlyMap<Block, string>): List {
  const make = (ordered: boolean, start: number | null): List => ({
    type: 'list',
    ordered,
    ...(ordered && start !== null ? { start } : {}),
    spread: false,
    children: [],
  });
  const first = items[0]!;
  const root = make(first.start !== null, first.start);
  const stack: { list: List; marker: string; indent: number }[] = [{ list: root, marker: first.marker, indent: first.indent }];
  for (const item of items) {
    const level = stack.findIndex((entry) => entry.marker === item.marker && Math.abs(entry.indent - item.indent) <= 1);
    if (level === -1) {
      const parentList = stack.at(-1)!.list;
      const parentItem = parentList.children.at(-1);
      if (parentItem && stack.length < 3) {
        const list = make(item.start !== null, item.start);
        parentItem.children.push(list);
        stack.push({ list, marker: item.marker, indent: item.indent });
      }
    } else {
      stack.length = level + 1;
    }
    const node: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: inline(item.text, labels.get(item) ?? null) }],
    };
    stack.at(-1)!.list.children.push(node);
  }
  return root;
}

/**
 * Heading levels from how styles nest: numbered headings take the depth of their numbering; a
 * heading of a weaker style than the section it is in is a sub-section when the section's style
 * comes back later (so "User Provided Information" between two questions is a sub-section,
 * while title lines after the last question are sections of their own).
 */
function assignLevels(headings: readonly { index: number; candidate: HeadingCandidate }[]): Map<number, number> {
  const levels = new Map<number, number>();
  let section: HeadingCandidate | null = null;
  let sectionLevel = 2;
  const styleKey = (candidate: HeadingCandidate): string => `${candidate.style}:${Math.min(candidate.numberDepth, 1)}`;
  for (let i = 0; i < headings.length; i++) {
    const { index, candidate } = headings[i]!;
    if (candidate.style === 'numbered') {
      const level = Math.min(1 + candidate.numberDepth, 6);
      levels.set(index, level);
      if (candidate.numberDepth === 1) {
        section = candidate;
        sectionLevel = level;
      }
      continue;
    }
    const resumes =
      section !== null && headings.slice(i + 1).some((later) => styleKey(later.candidate) === styleKey(section!));
    if (section !== null && STYLE_RANK[candidate.style] < STYLE_RANK[section.style] && resumes) {
      levels.set(index, Math.min(sectionLevel + 1, 6));
    } else {
      section = candidate;
      sectionLevel = 2;
      levels.set(index, 2);
    }
  }
  return levels;
}

/** A line of an address or signature: short, a paragraph, not a sentence. */
function isShortLine(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && wordCount(block.text) <= 8 && !/[.!?:;]$/.test(block.text);
}

/** Normalized paragraph text for spotting repeats. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Converts a policy's plain text to an mdast tree, with what it found and what it removed. */
export function importText(source: string, options: TextImportOptions = {}): TextImport {
  const rawLines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const warnings: string[] = [];
  const removed: RemovedLine[] = [];
  const copyrightLines: string[] = [];
  const kept: SourceLine[] = [];

  rawLines.forEach((raw, i) => {
    const text = normalizeSpace(raw);
    const indent = /^[\s\u00a0]*/.exec(raw)![0].replace(/\t/g, '    ').length;
    const reason = residueReason(text);
    if (reason) {
      removed.push({ line: i + 1, text, reason });
      if (reason === 'copyright footer') copyrightLines.push(text);
      return;
    }
    kept.push({ number: i + 1, text, indent });
  });

  // Logo text and company name sit beside the copyright line in a footer.
  const footerLines = new Set<number>();
  for (const { line } of removed.filter((entry) => entry.reason === 'copyright footer')) {
    for (const direction of [-1, 1]) {
      const ordered = direction === -1 ? [...kept].reverse() : kept;
      for (const candidate of ordered.filter((entry) => (direction === -1 ? entry.number < line : entry.number > line))) {
        if (candidate.text === '') continue;
        if (!looksLikeFooterText(candidate.text) || /\d/.test(candidate.text) || headingCandidate(candidate.text)?.style === 'question') break;
        footerLines.add(candidate.number);
      }
    }
  }
  if (footerLines.size > 0) {
    warnings.push(
      `Removed ${footerLines.size} short line(s) next to the copyright line as footer text (line ${[...footerLines].sort((a, b) => a - b).join(', ')}): check they are not part of the policy.`,
    );
  }

  // Frontmatter lines: a provenance note and the title near the top, a date line anywhere.
  let title: string | null = null;
  let titleOrganization: string | null = null;
  let lastUpdated: DateLine | null = null;
  let effective: DateLine | null = null;
  let archived: string | null = null;
  let retrieved: string | null = null;
  const provenance: string[] = [];
  const body: SourceLine[] = [];
  let contentSeen = 0;
  for (const line of kept) {
    if (footerLines.has(line.number)) {
      removed.push({ line: line.number, text: line.text, reason: 'footer text' });
      continue;
    }
    if (line.text === '') {
      body.push(line);
      continue;
    }
    contentSeen++;
    const early = body.every((entry) => entry.text === '');
    const provenanceLine = early && contentSeen <= 5 ? readProvenanceLine(line.text) : null;
    if (provenanceLine) {
      provenance.push(provenanceLine.note);
      archived ??= provenanceLine.archived;
      retrieved ??= provenanceLine.retrieved;
      removed.push({ line: line.number, text: line.text, reason: 'frontmatter: provenance' });
      continue;
    }
    const titleLine: TitleLine | null = early && title === null ? readTitleLine(line.text) : null;
    if (titleLine) {
      title = titleLine.title;
      titleOrganization = titleLine.organization;
      removed.push({ line: line.number, text: line.text, reason: 'frontmatter: title' });
      continue;
    }
    const dateLine = readDateLine(line.text);
    if (dateLine && (dateLine.kind === 'effective' ? effective === null : lastUpdated === null)) {
      if (dateLine.kind === 'effective') effective = dateLine;
      else lastUpdated = dateLine;
      if (dateLine.date === null) warnings.push(`Could not read the date "${dateLine.written}" on line ${line.number}: set ${dateLine.kind} by hand.`);
      removed.push({ line: line.number, text: line.text, reason: `frontmatter: ${dateLine.kind}` });
      continue;
    }
    body.push(line);
  }

  const blocks = toBlocks(body);
  const paragraphs = blocks.map((block) => block.text);

  // A date stated in a sentence ("This Privacy Policy was last updated on May 25, 2018.") stays
  // in the body; the frontmatter gets it only when no date line said otherwise.
  let dateFromSentence = false;
  if (lastUpdated === null) {
    for (const block of blocks) {
      const found = sentenceDate(block.text);
      if (found?.kind === 'last_updated' && found.date) {
        lastUpdated = found;
        dateFromSentence = true;
        break;
      }
    }
  }

  // Headings.
  const overrides = options.headingLevels ?? {};
  const candidates: { index: number; candidate: HeadingCandidate }[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const override = overrides[block.text];
    if (override === 0) return;
    const candidate = headingCandidate(block.text);
    if (override !== undefined) {
      candidates.push({ index, candidate: candidate ?? { style: 'title', numberDepth: 0 } });
      return;
    }
    if (!candidate || index === blocks.length - 1) return;
    // Weak shapes need body text after them: a run of short lines is an address, not headings.
    const next = blocks[index + 1];
    const strong = candidate.style === 'numbered' || candidate.style === 'caps' || candidate.style === 'question';
    if (!strong && !isBody(next)) return;
    if (candidate.style === 'colon' && next?.kind === 'item') return; // a lead-in to a list
    if (!strong && next?.kind === 'paragraph' && headingCandidate(next.text) && !isBody(next)) return;
    candidates.push({ index, candidate });
  });
  const levels = assignLevels(candidates);
  for (const [text, level] of Object.entries(overrides)) {
    const index = blocks.findIndex((block) => block.kind === 'paragraph' && block.text === text);
    if (index === -1) warnings.push(`The heading level override for "${text}" matched no line.`);
    else if (level > 0) levels.set(index, Math.max(2, Math.min(level, 6)));
  }

  // Run-in labels: only where a section has at least two, so one odd sentence is left alone.
  const labels = new Map<Block, string>();
  let group: { block: Block; label: string }[] = [];
  const flush = (): void => {
    if (group.length >= 2) for (const { block, label } of group) labels.set(block, label);
    group = [];
  };
  blocks.forEach((block, index) => {
    if (levels.has(index)) return flush();
    const label = runInLabel(block.text);
    if (label) group.push({ block, label });
  });
  flush();

  // Tree.
  const children: RootContent[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const level = levels.get(index);
    if (level !== undefined) {
      const heading: Heading = { type: 'heading', depth: level as Heading['depth'], children: [{ type: 'text', value: block.text }] };
      children.push(heading);
    } else if (block.kind === 'item') {
      const items: Extract<Block, { kind: 'item' }>[] = [];
      while (index < blocks.length && blocks[index]!.kind === 'item') items.push(blocks[index++] as Extract<Block, { kind: 'item' }>);
      index--;
      children.push(buildList(items, labels));
    } else if (isShortLine(block) && isShortLine(blocks[index + 1]) && !levels.has(index + 1) && blocks[index + 1]!.line === block.line + 1) {
      // Short lines one under the other (an address, a signature) stay one block, line by line.
      const lines: PhrasingContent[] = [];
      while (index < blocks.length && !levels.has(index) && isShortLine(blocks[index]) && (lines.length === 0 || blocks[index]!.line === blocks[index - 1]!.line + 1)) {
        if (lines.length > 0) lines.push({ type: 'break' });
        lines.push(...linkify(blocks[index++]!.text));
      }
      index--;
      children.push({ type: 'paragraph', children: lines });
    } else {
      const paragraph: Paragraph = { type: 'paragraph', children: inline(block.text, labels.get(block) ?? null) };
      children.push(paragraph);
    }
  }

  if (candidates.length === 0) warnings.push('No headings found: the whole text becomes the introduction. Mark the section headings by hand.');
  const seen = new Map<string, number>();
  for (const block of blocks) {
    if (wordCount(block.text) < 8) continue;
    const key = repeatKey(block.text);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, block.line);
    else warnings.push(`Repeated paragraph: line ${block.line} repeats line ${first} ("${block.text.slice(0, 60)}…"). Both kept: check the source.`);
  }
  if (title === null) warnings.push('No title line found (e.g. "Privacy Policy").');
  if (lastUpdated === null && effective === null) warnings.push('No "last updated" or effective date found: last_updated is null.');

  const organization =
    findOrganization(paragraphs, copyrightLines) ?? (titleOrganization ? { organization: titleOrganization, how: 'title line' } : null);
  removed.sort((a, b) => a.line - b.line);
  return {
    tree: { type: 'root', children },
    facts: { title, organization, lastUpdated, effective, dateFromSentence, archived, retrieved, provenance },
    removedLines: removed,
    warnings,
  };
}
