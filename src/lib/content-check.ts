/**
 * Checks policy files before a build starts, so bad content fails fast with every problem
 * listed (file, line, field, what to do) and nothing is written. Astro's own loader logs some
 * of these and carries on, and YAML silently turns `2024-02-31` into March 2: this check reads
 * the frontmatter as plain strings and validates it with the collection's own schema.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { policySchema } from './schema.ts';

/** The policies of this site, relative to the project. */
export const DEFAULT_POLICIES_DIR = './content/policies';

/**
 * The folder the build reads policies from: `POLICIES_DIR` when set (benchmarks, test fixtures),
 * else the site's own. Read by the config and the content collection.
 */
export function policiesDirectory(): string {
  return process.env['POLICIES_DIR'] ?? DEFAULT_POLICIES_DIR;
}

export interface ContentProblem {
  /** Path as shown to the author (relative to the project root where possible). */
  readonly file: string;
  readonly line?: number | undefined;
  readonly message: string;
}

export interface PolicyFile {
  readonly file: string;
  readonly contents: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into frontmatter text and body, with the body's first line number. */
export function splitFrontmatter(contents: string): { frontmatter: string; body: string; bodyLine: number } | null {
  const match = FRONTMATTER.exec(contents.replace(/^\uFEFF/, ''));
  if (!match) return null;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: contents.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Slug Astro's glob loader derives from a file name: used to find two files that collide. */
export function slugOfFile(file: string): string {
  return path.basename(file, path.extname(file)).toLowerCase();
}

/**
 * Whether a file name (without `.md`) is a policy slug: lowercase letters, digits and single
 * hyphens, since it becomes the policy's URL. The importer names its drafts by the same rule.
 */
export function isPolicySlug(name: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name);
}

/** Line of `field:` at the top level of the frontmatter, counted in the whole file. */
function fieldLine(frontmatter: string, field: string): number | undefined {
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 2;
}

export function checkPolicyFile({ file, contents }: PolicyFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slug = slugOfFile(file);
  if (!isPolicySlug(path.basename(file, path.extname(file)))) {
    problems.push({
      file,
      message: `The file name must be a lowercase slug (letters, digits and single hyphens), e.g. "${slug.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'acme'}.md": it becomes the policy's URL.`,
    });
  }
  const parts = splitFrontmatter(contents);
  if (!parts) {
    problems.push({ file, line: 1, message: 'Missing frontmatter: start the file with a "---" block holding title, organization, source and last_updated (see the README).' });
    return problems;
  }
  let data: unknown;
  try {
    // JSON_SCHEMA keeps dates as the strings the author wrote, so an impossible date is caught.
    data = yaml.load(parts.frontmatter, { schema: yaml.JSON_SCHEMA }) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problems.push({
      file,
      line: mark?.line === undefined ? undefined : mark.line + 2,
      message: `The frontmatter is not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}.`,
    });
    return problems;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ file, line: 2, message: 'The frontmatter must be a set of "field: value" lines.' });
    return problems;
  }
  const result = policySchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
      const top = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
      const missing = issue.code === 'invalid_type' && !(String(top) in (data as Record<string, unknown>));
      problems.push({
        file,
        line: typeof top === 'string' ? fieldLine(parts.frontmatter, top) : undefined,
        message: missing
          ? `Frontmatter field "${field}" is missing (${issue.message}).`
          : issue.code === 'unrecognized_keys'
            ? `Unknown frontmatter field "${field}". Known fields: ${Object.keys(policySchema.shape).join(', ')}.`
            : `Frontmatter field "${field}" ${issue.message.startsWith('must') ? issue.message : `is invalid: ${issue.message}`}.`,
      });
    }
  }
  if (parts.body.trim() === '') {
    problems.push({ file, line: parts.bodyLine, message: 'The policy has no text: add the policy text below the frontmatter.' });
  }
  return problems;
}

/** Checks every policy and the set as a whole (two files must not share a slug). */
export function checkPolicyFiles(files: readonly PolicyFile[]): ContentProblem[] {
  const problems = files.flatMap(checkPolicyFile);
  const bySlug = new Map<string, string[]>();
  for (const { file } of files) bySlug.set(slugOfFile(file), [...(bySlug.get(slugOfFile(file)) ?? []), file]);
  for (const [slug, group] of bySlug) {
    if (group.length > 1) {
      problems.push({
        file: group[1]!,
        message: `Duplicate slug "${slug}": ${group.join(' and ')} would publish at the same URL. Rename one of them.`,
      });
    }
  }
  return problems;
}

/** A heading line (`##` to `######`), and the end of one that sets its topics (`{topics=...}`). */
const HEADING_LINE = /^#{2,6}\s/;
const TOPIC_OVERRIDE = /\{[^{}]*\btopics=[^{}]*\}\s*$/;

/**
 * Notices (not errors) for policies not in English: the topic tagger reads English, so the topics of their
 * sections, and the topics they seem to leave unaddressed, are guesses until the author sets them. None for a
 * policy whose every heading sets its topics.
 */
export function languageNotices(files: readonly PolicyFile[]): ContentProblem[] {
  const notices: ContentProblem[] = [];
  for (const { file, contents } of files) {
    const parts = splitFrontmatter(contents);
    if (!parts) continue;
    let language: unknown;
    try {
      language = (yaml.load(parts.frontmatter, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown> | null)?.['language'];
    } catch {
      continue;
    }
    if (typeof language !== 'string' || /^en(?:-|$)/i.test(language)) continue;
    const headings = parts.body.split(/\r?\n/).filter((line) => HEADING_LINE.test(line));
    const untagged = headings.filter((line) => !TOPIC_OVERRIDE.test(line)).length;
    if (headings.length > 0 && untagged === 0) continue;
    notices.push({
      file,
      line: fieldLine(parts.frontmatter, 'language'),
      message: `The policy is in "${language}", and the topic tagger reads English, so its topics are guesses where its headings do not set them (${untagged} of ${headings.length} do not). Set them in the headings, for example "## Conservation des données {topics=retention}" (see the README), or topic pages may call the policy silent where it is not.`,
    });
  }
  return notices;
}

/** Reads the policy files of a directory (Markdown only; other files are ignored). */
export function readPolicyDirectory(directory: string, root: string): PolicyFile[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    throw new Error(`The policies directory ${path.relative(root, directory) || directory} does not exist. Create it and add policies as Markdown files.`);
  }
  return names
    .filter((name) => name.endsWith('.md') && statSync(path.join(directory, name)).isFile())
    .sort()
    .map((name) => ({ file: path.relative(root, path.join(directory, name)), contents: readFileSync(path.join(directory, name), 'utf8') }));
}

/** Where a problem is and what it is: `file:line: message`. */
export const formatProblem = (p: ContentProblem): string => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`;

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${formatProblem(p)}`);
  return `${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in the policies:\n${lines.join('\n')}`;
}
