/**
 * `npm run tag`: tags policy sections with topics.
 *
 * Input: JSON Lines, one section per line: {"id": string | number, "heading"?: string | null, "text": string},
 * from the file given as the only argument, or from stdin when there is none or it is `-`.
 * Output: JSON Lines on stdout, one per input section, in input order:
 * {"id", "topics": [slugs, primary first], "scores": {slug: score 0..1}}; with `--evidence`, also
 * "evidence": {slug: [the words and phrases behind it, strongest first]}, as "Why these topics?" shows.
 *
 * Blank (whitespace-only) lines are skipped and produce no output line, so output line N
 * belongs to the Nth non-blank input line.
 *
 * All-or-nothing: every line is read and checked before anything is printed, so one malformed
 * line (bad JSON, not an object, missing or invalid `id` or `text`, non-string `heading`)
 * means no stdout at all; each problem goes to stderr with its line number, and the exit code is 1.
 * Exit codes: 0 done, 1 bad input or unreadable file, 2 bad arguments.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { classifySection } from '../lib/classify.ts';

export const USAGE = 'usage: npm run tag -- [--evidence] [file.jsonl | -]   (JSON Lines {"id","heading"?,"text"} in; {"id","topics","scores"} out, and "evidence" with --evidence; stdin when no file)';

/** Problems listed on stderr before giving up on the rest. */
const MAX_REPORTED_PROBLEMS = 20;

type Outcome = { readonly ok: true; readonly output: string } | { readonly ok: false; readonly problem: string };

export interface TagOptions {
  /** Adds each topic's evidence (the matched words and phrases, strongest first) to the output. */
  readonly evidence?: boolean;
}

/** How often `tagStream` reports progress, in lines read. */
export const PROGRESS_EVERY = 1000;

export interface TagStreamOptions extends TagOptions {
  /** Called every PROGRESS_EVERY lines read, with the lines read so far. */
  readonly onProgress?: (linesRead: number) => void;
}

/** Checks and tags one input line. */
export function tagLine(line: string, options: TagOptions = {}): Outcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'expected a JSON object like {"id": "s1", "text": "..."}' };
  }
  const { id, heading, text } = value as Record<string, unknown>;
  const idOk = (typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id));
  if (!idOk) return { ok: false, problem: '"id" is missing or not a non-empty string or a number' };
  if (typeof text !== 'string') return { ok: false, problem: '"text" is missing or not a string' };
  if (heading !== undefined && heading !== null && typeof heading !== 'string') {
    return { ok: false, problem: '"heading" must be a string when given' };
  }
  const topics = classifySection({ heading: heading ?? undefined, text });
  const scores: Record<string, number> = {};
  for (const { topic, score } of topics) scores[topic] = score;
  if (!options.evidence) return { ok: true, output: JSON.stringify({ id, topics: topics.map((t) => t.topic), scores }) };
  const evidence: Record<string, readonly string[]> = {};
  for (const { topic, evidence: terms } of topics) evidence[topic] = terms;
  return { ok: true, output: JSON.stringify({ id, topics: topics.map((t) => t.topic), scores, evidence }) };
}

export interface TagResult {
  readonly outputs: readonly string[];
  /** "line N: what is wrong", in line order. */
  readonly problems: readonly string[];
  readonly problemCount: number;
}

/** Reads every line of the input, tagging the good ones and listing the bad ones. */
export async function tagStream(input: Readable, options: TagStreamOptions = {}): Promise<TagResult> {
  const outputs: string[] = [];
  const problems: string[] = [];
  let problemCount = 0;
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    if (lineNumber % PROGRESS_EVERY === 0) options.onProgress?.(lineNumber);
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const outcome = tagLine(line, options);
    if (outcome.ok) {
      if (problemCount === 0) outputs.push(outcome.output);
    } else {
      problemCount++;
      if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(`line ${lineNumber}: ${outcome.problem}`);
    }
  }
  return { outputs: problemCount === 0 ? outputs : [], problems, problemCount };
}

async function openInput(argument: string | undefined): Promise<{ readonly input: Readable; readonly name: string }> {
  if (argument === undefined || argument === '-') return { input: process.stdin, name: 'stdin' };
  let isFile = false;
  try {
    isFile = (await stat(argument)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `tag: no such file: ${argument}` : `tag: cannot read ${argument} (${code ?? String(error)})`);
  }
  if (!isFile) throw new Error(`tag: not a file: ${argument}`);
  return { input: createReadStream(argument, { encoding: 'utf8' }), name: argument };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const evidence = argv.includes('--evidence');
  const args = argv.filter((a) => a !== '--evidence');
  const badFlag = args.find((a) => a.startsWith('-') && a !== '-');
  if (badFlag !== undefined || args.length > 1) {
    process.stderr.write(`${badFlag === undefined ? 'tag: expected at most one input file' : `tag: unknown option ${badFlag}`}\n${USAGE}\n`);
    return 2;
  }

  let source: { readonly input: Readable; readonly name: string };
  try {
    source = await openInput(args[0]);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }

  let result: TagResult;
  const progress = progressLine();
  try {
    result = await tagStream(source.input, { evidence, onProgress: progress.update });
  } catch (error) {
    progress.clear();
    process.stderr.write(`tag: cannot read ${source.name} (${(error as Error).message})\n`);
    return 1;
  }
  progress.clear();

  if (result.problemCount > 0) {
    const more = result.problemCount - result.problems.length;
    const lines = result.problems.map((p) => `tag: ${source.name} ${p}`);
    if (more > 0) lines.push(`tag: ... and ${more} more malformed line(s)`);
    lines.push(`tag: ${result.problemCount} malformed line(s); nothing was tagged`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return 1;
  }
  if (result.outputs.length > 0) await writeAll(`${result.outputs.join('\n')}\n`);
  return 0;
}

/**
 * A progress line on stderr for long inputs ("tag: 120,000 lines read"), redrawn in place at most a few times a
 * second once a run has taken a second; only on a terminal, so logs and pipes get nothing.
 */
function progressLine(): { update: (lines: number) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, clear: () => {} };
  const started = performance.now();
  let shownAt = 0;
  let shown = false;
  return {
    update(lines) {
      const now = performance.now();
      if (now - started < 1000 || now - shownAt < 250) return;
      shownAt = now;
      shown = true;
      process.stderr.write(`\r\x1b[Ktag: ${lines.toLocaleString('en')} lines read`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** Writes to stdout and waits until it is flushed, so the exit code is set only after the data is out. */
function writeAll(data: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(data, () => resolve());
  });
}

if (import.meta.main) {
  // A closed pipe (`npm run tag | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
