/**
 * `npm run import -- <file> [options]`: imports a privacy policy (plain text or HTML) as a draft
 * `content/policies/<slug>.md` and prints a review of what it guessed. Writes atomically and
 * never overwrites without --force, so a failed or mistaken run leaves the content as it was.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, ImportReviewError, importPolicy, type ImportOptions, type ImportReview } from '../lib/import/index.ts';
import { seedEditFor } from '../lib/import/seed-edits.ts';
import { isPolicySlug } from '../lib/content-check.ts';

const USAGE_LINE =
  'usage: npm run import -- <file> [--slug <slug>] [--out <dir>] [--force] [--source <url-or-text>] [--organization <name>] [--kind text|html] [--seed-edits] [--dry-run]';

const HELP = `Imports a privacy policy (plain text or HTML) as content/policies/<slug>.md.

${USAGE_LINE}

  <file>                  the policy: .txt (plain text) or .html; UTF-8
  --slug <slug>           file name and URL of the policy (default: from the file name),
                          lowercase letters, digits and single hyphens
  --out <dir>             where to write (default: content/policies)
  --force                 overwrite an existing file
  --source <url-or-text>  where the text came from: its URL, or a description when there is none
  --organization <name>   the publishing organization; required when the text does not name it
  --kind text|html        input kind (default: from the extension, else by content)
  --seed-edits            apply the declared hand edits for a seed (src/lib/import/seed-edits.ts)
  --dry-run               print the review and write nothing
  -h, --help              this help

The review lists the headings found (## section, ### sub-section), the lines left out of the
body (page residue, and lines that went to the frontmatter) and warnings. Read
docs/importing.md for what to check before committing the draft.`;

/** Exit codes: 1 for input that cannot be imported, 2 for a wrong command line. */
function fail(message: string, code: 1 | 2 = 1): never {
  process.stderr.write(`import: ${message}\n`);
  if (code === 2) process.stderr.write(`${USAGE_LINE}\n`);
  process.exit(code);
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        slug: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        source: { type: 'string' },
        organization: { type: 'string' },
        kind: { type: 'string' },
        'seed-edits': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message.split('\n')[0]!, 2);
  }
}

/** Default slug: the file name, lowercased, with runs of other characters as single hyphens. */
function slugFromFileName(file: string): string {
  return path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function printReview(review: ImportReview, out: NodeJS.WriteStream): void {
  const lines: string[] = [];
  lines.push(`Headings (${review.headings.length}):`);
  for (const heading of review.headings) lines.push(`  ${heading}`);
  lines.push(`Left out of the body (${review.removedLines.length} lines):`);
  for (const removed of review.removedLines) lines.push(`  line ${removed.line} [${removed.reason}] ${removed.text}`);
  if (review.detected.length > 0) {
    lines.push('Frontmatter detected:');
    for (const item of review.detected) lines.push(`  ${item}`);
  }
  lines.push(review.warnings.length > 0 ? `Warnings (${review.warnings.length}):` : 'Warnings: none');
  for (const warning of review.warnings) lines.push(`  ! ${warning}`);
  out.write(`${lines.join('\n')}\n`);
}

/**
 * Writes via a temp file in the target directory and a link or rename, so readers (and a
 * build running meanwhile) never see half a file; link() refuses to replace an existing file,
 * which keeps "no overwrite without --force" true even if the file appears after the check.
 */
function writeAtomically(target: string, contents: string, force: boolean): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  writeFileSync(temp, contents, { flag: 'wx' });
  try {
    if (force) renameSync(temp, target);
    else linkSync(temp, target);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}

function main(argv: readonly string[]): void {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length !== 1) fail(positionals.length === 0 ? 'no input file given' : `expected one input file, got ${positionals.length}`, 2);
  const file = positionals[0]!;
  if (values.kind !== undefined && values.kind !== 'text' && values.kind !== 'html') fail(`--kind must be "text" or "html", not "${values.kind}"`, 2);
  if (values.slug !== undefined && !isPolicySlug(values.slug)) {
    fail(`--slug "${values.slug}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. "acme-corp"`, 2);
  }
  for (const name of ['source', 'organization', 'out'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') fail(`--${name} must not be empty`, 2);
  }

  if (!existsSync(file)) fail(`${file}: no such file. Check the path (relative paths start at ${process.cwd()}).`);
  if (!statSync(file).isFile()) fail(`${file} is not a file. Give the path of a .txt or .html policy.`);
  const slug = values.slug ?? slugFromFileName(file);
  if (!isPolicySlug(slug)) fail(`cannot make a slug from the file name "${path.basename(file)}": pass --slug <slug> (lowercase letters, digits and single hyphens).`, 2);
  const outDir = values.out ?? path.join('content', 'policies');
  const target = path.join(outDir, `${slug}.md`);
  if (existsSync(target) && !values.force && !values['dry-run']) {
    fail(`${target} already exists. Pass --force to overwrite it, or --slug <other-slug> to write a new file.`);
  }

  const seedEdit = values['seed-edits'] ? seedEditFor(slug) : undefined;
  if (values['seed-edits'] && !seedEdit) fail(`--seed-edits: no declared edits for slug "${slug}" (see src/lib/import/seed-edits.ts).`, 2);
  const options: ImportOptions = {
    ...seedEdit?.options,
    ...(values.source === undefined ? {} : { source: values.source }),
    ...(values.organization === undefined ? {} : { organization: values.organization }),
  };

  let result;
  try {
    result = importPolicy({ content: readFileSync(file), fileName: file, kind: values.kind as 'text' | 'html' | undefined }, options);
  } catch (error) {
    if (error instanceof ImportReviewError) printReview(error.review, process.stderr);
    if (error instanceof ImportError) fail(`${error.message} Nothing was written.`);
    throw error;
  }

  printReview(result.review, process.stdout);
  if (values['dry-run']) {
    process.stdout.write(`Dry run: ${target} not written.\n`);
    return;
  }
  try {
    mkdirSync(outDir, { recursive: true });
    writeAtomically(target, result.markdown, values.force);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') fail(`${target} already exists. Pass --force to overwrite it. Nothing was written.`);
    fail(`could not write ${target}: ${(error as Error).message}. Nothing was written.`);
  }
  process.stdout.write(`Wrote ${target}. Review it (docs/importing.md) before committing.\n`);
}

main(process.argv.slice(2));
