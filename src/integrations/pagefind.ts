/**
 * Builds the Pagefind search index as part of `astro build` (as Starlight does): one record per
 * policy section, deep-linking to the section.
 *
 * Indexing takes as long as the rest of a large build, so it runs beside it: the Markdown
 * renderer hands each policy's sections to `collect` during the content sync, and at
 * `astro:build:start` Pagefind (a process of its own, driven from a worker thread) indexes them
 * into a staging folder while Astro bundles and writes the pages. At `astro:build:done` the
 * records are checked against the JSON export the build just wrote, the source of truth: when
 * they agree, the staged index is moved into the output; when they don't (a policy came from
 * Astro's content cache and was never rendered, or anything else differs), the index is built
 * again from the export.
 */
import type { AstroIntegration } from 'astro';
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { slugOfFile } from '../lib/content-check.ts';
import { policyDocument } from '../lib/export.ts';
import { plural } from '../lib/format.ts';
import { policySchema } from '../lib/schema.ts';
import type { PolicySection } from '../lib/sections.ts';
import { sectionRecord, type RecordPolicy, type RecordSection, type SectionRecord } from '../lib/search-records.ts';
import { normalizeBase, underBase } from '../lib/urls.ts';
import type { IndexRequest, IndexResponse, Records } from './pagefind-worker.ts';

interface ExportIndex {
  policies: { slug: string; json: string }[];
}
interface ExportPolicy extends RecordPolicy {
  slug: string;
  sections: RecordSection[];
}

export interface PagefindIndex {
  readonly integration: AstroIntegration;
  /** Passed to the Markdown renderer: called with each policy's sections as it is rendered. */
  readonly collect: (file: URL | undefined, frontmatter: Record<string, unknown>, sections: readonly PolicySection[]) => void;
}

/** Writes the index of `records` to `outputPath` on a worker thread (see pagefind-worker.ts). */
function writeIndex(records: Records, outputPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request: IndexRequest = { records, outputPath };
    const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: request });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search index worker stopped (exit code ${code}) before writing the index.`)));
    worker.once('message', (response: IndexResponse) => {
      if ('error' in response) reject(new Error(`Could not build the search index in ${outputPath}: ${response.error}`));
      else resolve(response.count);
    });
  });
}

/** The records of the JSON export in `outDir`. */
async function exportRecords(outDir: string, base: string): Promise<Records> {
  /** Export paths include the base path; the files sit at the root of the output. */
  const fileOf = (sitePath: string) => path.join(outDir, sitePath.slice(base.length));
  const index = JSON.parse(await readFile(path.join(outDir, 'api/v1/policies.json'), 'utf8')) as ExportIndex;
  const records = new Map<string, SectionRecord[]>();
  const documents = await Promise.all(
    index.policies.map(async (entry) => JSON.parse(await readFile(fileOf(entry.json), 'utf8')) as ExportPolicy),
  );
  for (const policy of documents) records.set(policy.slug, policy.sections.map((section) => sectionRecord(policy, section)));
  return records;
}

/** Why the collected records can't stand in for the export's, or undefined when they can. */
function difference(collected: Records, expected: Records): string | undefined {
  const missing = [...expected.keys()].filter((slug) => !collected.has(slug));
  if (missing.length > 0) return `${missing.length} of ${expected.size} policies were not rendered in this build (e.g. ${missing[0]})`;
  if (collected.size !== expected.size) return `${collected.size - expected.size} rendered policies are not in the export`;
  for (const [slug, records] of expected) {
    if (JSON.stringify(collected.get(slug)) !== JSON.stringify(records)) return `the sections of ${slug} differ from the export`;
  }
  return undefined;
}

/** Moves a folder, copying when it is on another file system. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch {
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

export function pagefindIndex(): PagefindIndex {
  let base = '/';
  let building = false;
  let stagingDir = '';
  const collected = new Map<string, SectionRecord[]>();
  /** The index written beside the build from the collected records, or its error. */
  let staged: Promise<{ count: number; ms: number }> | undefined;

  return {
    collect(file, frontmatter, sections) {
      if (!building || !file) return;
      const data = policySchema.safeParse(frontmatter);
      // Invalid frontmatter stops the build elsewhere, with a message; nothing to index.
      if (!data.success) return;
      const slug = slugOfFile(fileURLToPath(file));
      const words = sections.reduce((sum, section) => sum + section.words, 0);
      // The same document the export writes, so the records are the export's (its paths come out
      // under `/` here, where Vite's base is not set).
      const document = policyDocument({ slug, data: data.data, sections, words });
      const policy = { ...document, sections: document.sections.map((section) => ({ ...section, path: underBase(base, section.path) })) };
      collected.set(slug, policy.sections.map((section) => sectionRecord(policy, section)));
    },
    integration: {
      name: 'privacy-compare:pagefind',
      hooks: {
        'astro:config:setup': ({ command }) => {
          building = command === 'build';
        },
        'astro:config:done': ({ config }) => {
          base = normalizeBase(config.base);
          stagingDir = path.join(fileURLToPath(config.cacheDir), 'pagefind-staging');
        },
        'astro:build:start': () => {
          if (collected.size === 0) return;
          const started = performance.now();
          // Not awaited: Pagefind works while Astro builds the pages.
          staged = writeIndex(collected, stagingDir).then((count) => ({ count, ms: performance.now() - started }));
          staged.catch(() => {}); // awaited (and reported) at build:done
        },
        'astro:build:done': async ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          const bundle = path.join(outDir, 'pagefind');
          try {
            const expected = await exportRecords(outDir, base);
            const why = staged ? difference(collected, expected) : 'no policy was rendered in this build';
            if (why === undefined) {
              const { count, ms } = await staged!;
              await move(stagingDir, bundle);
              logger.info(`Indexed ${plural(count, 'section')} of ${plural(expected.size, 'policy', 'policies')} beside the build (${Math.round(ms)} ms).`);
            } else {
              await staged?.catch(() => {});
              logger.info(`Indexing from the JSON export: ${why}.`);
              const started = performance.now();
              const count = await writeIndex(expected, bundle);
              logger.info(`Indexed ${plural(count, 'section')} of ${plural(expected.size, 'policy', 'policies')} in ${Math.round(performance.now() - started)} ms.`);
            }
          } finally {
            await rm(stagingDir, { recursive: true, force: true });
          }
        },
      },
    },
  };
}
