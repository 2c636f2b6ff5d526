/**
 * A worker thread that writes the Pagefind index: it receives every policy's records and an
 * output folder, indexes them and writes the bundle, then answers with the record count or the
 * error. Pagefind's Node API talks to its service over pipes, so on Astro's main thread each
 * reply waited behind whatever page was being rendered; here nothing else holds the event loop,
 * and Pagefind never idles while the build is busy.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SectionRecord } from '../lib/search-records.ts';
import { SITE } from '../lib/site.ts';

/** Each policy's records, by slug. */
export type Records = ReadonlyMap<string, readonly SectionRecord[]>;

export interface IndexRequest {
  readonly records: Records;
  readonly outputPath: string;
}
export type IndexResponse = { readonly count: number } | { readonly error: string };

/** Throws the first error Pagefind reported, so a broken index fails the build. */
function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
}

/**
 * Indexes the records and writes the bundle to `outputPath`. Policies go in by slug, so the
 * same content gives the same index, whether it came from the renders (which finish in any
 * order) or from the export. Every record is sent at once, so Pagefind's service never waits
 * for the next one.
 */
async function writeIndex({ records, outputPath }: IndexRequest): Promise<number> {
  // One index in the site's language: policies in other languages are searched from the same page (with its
  // stemming), not put in an index of their own that the search page would never load.
  const created = await pagefind.createIndex({ forceLanguage: SITE.language });
  assertOk('create an index', created);
  const index = created.index!;
  const all = [...records.keys()].sort().flatMap((slug) => records.get(slug)!.map((record) => ({ slug, record })));
  const responses = await Promise.all(all.map(({ record }) => index.addCustomRecord(record)));
  responses.forEach((response, i) => assertOk(`index ${all[i]!.record.url} (${all[i]!.slug})`, response));
  await rm(outputPath, { recursive: true, force: true });
  assertOk('write the index', await index.writeFiles({ outputPath }));
  // The site has its own search UI: don't publish Pagefind's prebuilt ones.
  for (const file of await readdir(outputPath)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) await rm(path.join(outputPath, file));
  }
  return all.length;
}

let response: IndexResponse;
try {
  response = { count: await writeIndex(workerData as IndexRequest) };
} catch (error) {
  response = { error: error instanceof Error ? error.message : String(error) };
}
// The bundle is written (or the error known) either way; a service that fails to stop changes neither.
await pagefind.close().catch(() => {});
parentPort!.postMessage(response);
