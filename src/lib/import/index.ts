/**
 * The importer: a policy as plain text or HTML -> a draft `content/policies/<slug>.md` and a
 * review of what was guessed. Pure (no file system, no Astro): the CLI and the tests call it.
 */
import type { Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { policySchema, type PolicyFrontmatter } from '../schema.ts';
import { POLICY_LINK_SCHEMES, urlScheme } from '../urls.ts';
import type { OrganizationFinding } from './frontmatter.ts';
import { importHtml } from './html.ts';
import { toPolicyFile } from './markdown.ts';
import { importText, type RemovedLine, type TextFacts } from './text.ts';

export type { RemovedLine } from './text.ts';

export interface ImportInput {
  readonly content: Buffer | string;
  /** Name of the input file: picks the kind when not given and names the file in messages. */
  readonly fileName: string;
  readonly kind?: 'text' | 'html' | undefined;
}

export interface ImportOptions {
  /** Where the text came from (URL or description). Default: a description naming the file. */
  readonly source?: string | undefined;
  /** Organization, when the text does not name it (or names it differently from how it should read). */
  readonly organization?: string | undefined;
  /** Frontmatter fields to set over what was detected: the declared hand edits of a policy. */
  readonly overrides?: Partial<PolicyFrontmatter> | undefined;
  /** Heading levels to force by heading text (plain text only); 0 makes the line a paragraph. */
  readonly headingLevels?: Readonly<Record<string, number>> | undefined;
}

export interface ImportReview {
  /** Headings found, as Markdown ("## 7. Security ..."), so the levels show. */
  readonly headings: readonly string[];
  /** Lines left out of the body: page residue, and lines that went to the frontmatter. */
  readonly removedLines: readonly RemovedLine[];
  readonly warnings: readonly string[];
  /** What was detected for the frontmatter and how, for the reviewer to check. */
  readonly detected: readonly string[];
}

export interface ImportResult {
  readonly markdown: string;
  readonly frontmatter: PolicyFrontmatter;
  readonly tree: Root;
  readonly review: ImportReview;
}

/** Bad input the caller can fix (empty, binary, not UTF-8, no organization): the message says how. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Decodes the input as UTF-8, refusing binary files and other encodings rather than guessing:
 * a mis-decoded policy would publish mojibake under the organization's name.
 */
export function decodeInput(content: Buffer | string, fileName: string): string {
  if (typeof content === 'string') return content;
  if (content.includes(0)) {
    throw new ImportError(`${fileName} looks like a binary file (it contains NUL bytes). Import a plain-text (.txt) or HTML (.html) file.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ImportError(
      `${fileName} is not valid UTF-8. Convert it first, e.g. \`iconv -f windows-1252 -t utf-8 ${fileName} > policy.txt\`, then import that file.`,
    );
  }
}

/** The input's kind: by the flag, else the extension, else a sniff of the first bytes. */
function kindOf(input: ImportInput, text: string): 'text' | 'html' {
  if (input.kind) return input.kind;
  if (/\.x?html?$/i.test(input.fileName)) return 'html';
  if (/\.(?:txt|text|md)$/i.test(input.fileName)) return 'text';
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';
}

function describeDate(label: string, date: { date: string | null; written: string } | null): string | null {
  if (!date) return null;
  return `${label}: ${date.date ?? 'unreadable'} (from "${date.written}")`;
}

/** Imports one policy. Throws ImportError for input that cannot make a valid policy. */
export function importPolicy(input: ImportInput, options: ImportOptions = {}): ImportResult {
  const text = decodeInput(input.content, input.fileName);
  if (text.trim() === '') throw new ImportError(`${input.fileName} is empty: there is no policy text to import.`);
  const kind = kindOf(input, text);

  let tree: Root;
  let facts: TextFacts;
  let removedLines: readonly RemovedLine[];
  const warnings: string[] = [];
  if (kind === 'html') {
    const result = importHtml(text);
    ({ tree, facts, removedLines } = result);
    warnings.push(...result.warnings);
  } else {
    const result = importText(text, { headingLevels: options.headingLevels });
    ({ tree, facts, removedLines } = result);
    warnings.push(...result.warnings);
  }
  if (tree.children.length === 0) throw new ImportError(`${input.fileName} has no policy text left once page residue is removed.`);

  const detected: string[] = [];
  if (facts.title) detected.push(`title: ${facts.title}`);
  let organization: OrganizationFinding | null = facts.organization;
  if (options.organization) organization = { organization: options.organization, how: '--organization' };
  if (organization) detected.push(`organization: ${organization.organization} (from the ${organization.how}; check it)`);
  for (const line of [describeDate('last_updated', facts.lastUpdated), describeDate('effective', facts.effective)]) {
    if (line) detected.push(line + (facts.dateFromSentence && line.startsWith('last_updated') ? ' — a sentence that stays in the body' : ''));
  }
  if (facts.archived) detected.push(`archived: ${facts.archived}`);
  if (facts.retrieved) detected.push(`retrieved: ${facts.retrieved}`);
  for (const note of facts.provenance) detected.push(`provenance: ${note}`);

  const source = options.source ?? options.overrides?.source;
  if (!source) warnings.push(`No --source given: the source says only that the text came from ${input.fileName}. Give the URL or describe where the text came from.`);

  warnings.push(...fixLinks(tree, source));

  const draft: Record<string, unknown> = {
    title: facts.title ?? 'Privacy Policy',
    organization: organization?.organization,
    source: source ?? `Text imported from the file ${input.fileName}; where it was published is not recorded.`,
    last_updated: facts.lastUpdated?.date ?? null,
    ...(facts.effective?.date ? { effective: facts.effective.date } : {}),
    ...(facts.archived ? { archived: facts.archived } : {}),
    ...(facts.retrieved ? { retrieved: facts.retrieved } : {}),
    ...(facts.provenance.length > 0 ? { provenance: [...facts.provenance] } : {}),
    language: 'en',
    ...options.overrides,
  };
  if (options.organization) draft['organization'] = options.organization;

  const review: ImportReview = {
    headings: headingsOf(tree),
    removedLines,
    warnings,
    detected,
  };
  if (draft['organization'] === undefined) {
    throw new ImportReviewError(
      `${input.fileName} does not say which organization publishes it. Run the import again with --organization "<name as the organization writes it>".`,
      review,
    );
  }
  const parsed = policySchema.safeParse(draft);
  if (!parsed.success) {
    throw new ImportReviewError(
      `The frontmatter for ${input.fileName} would not pass the schema: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}.`,
      review,
    );
  }
  const frontmatter = parsed.data;
  return { markdown: toPolicyFile(frontmatter, tree), frontmatter, tree, review };
}

/**
 * Links of the original page that would not work on this site, made to: a link that runs a script or is not a web
 * page, email address or phone number ("javascript:void(0)" behind a "Cookie settings" button) and a link within
 * the original page ("#top") keep their text without the link; a path on the original site becomes an address
 * there, from the source URL. Returns what was changed, for the review.
 */
export function fixLinks(tree: Root, source: string | undefined): string[] {
  const notes: string[] = [];
  const site = source !== undefined && /^https?:\/\//i.test(source) ? source : undefined;
  visit(tree, 'link', (link: Link, index, parent) => {
    const scheme = urlScheme(link.url);
    const unwrap = (why: string) => {
      notes.push(`Link "${toString(link)}" ${why} ("${link.url.slice(0, 60)}"): its text is kept, without the link.`);
      parent!.children.splice(index!, 1, ...link.children);
      return index;
    };
    if (scheme !== undefined) return POLICY_LINK_SCHEMES.has(scheme) ? undefined : unwrap('was not a web page, email address or phone number');
    if (link.url === '' || link.url.startsWith('#')) return unwrap('pointed within the original page');
    if (site) {
      const absolute = new URL(link.url, site).href;
      notes.push(`Link "${toString(link)}" pointed to "${link.url}" on the original site: it now points to ${absolute}.`);
      link.url = absolute;
    } else {
      notes.push(`Link "${toString(link)}" points to "${link.url}" on the original site, which will not resolve here: give --source the page's URL, or make it absolute by hand.`);
    }
    return undefined;
  });
  return notes;
}

/** An ImportError found after the text was read: the review still helps the user fix it. */
export class ImportReviewError extends ImportError {
  readonly review: ImportReview;
  constructor(message: string, review: ImportReview) {
    super(message);
    this.review = review;
  }
}

/** Headings of the tree as Markdown lines, for the review. */
export function headingsOf(tree: Root): string[] {
  return tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => `${'#'.repeat(heading.depth)} ${toString(heading)}`);
}
