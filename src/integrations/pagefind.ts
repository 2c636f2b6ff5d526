/**
 * Builds the Pagefind search index as part of `astro build` (as Starlight does), from the JSON
 * export the build just wrote: one record per policy section, deep-linking to the section.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { sectionRecord, type RecordPolicy, type RecordSection } from '../lib/search-records.ts';

interface ExportIndex {
  policies: { slug: string; json: string }[];
}
interface ExportPolicy extends RecordPolicy {
  sections: RecordSection[];
}

/** Throws the first error Pagefind reported, so a broken index fails the build. */
function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'privacy-compare:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        /** Export paths include the base path; the files sit at the root of the output. */
        const fileOf = (sitePath: string) => path.join(outDir, sitePath.slice(base.length));
        const index = JSON.parse(await readFile(path.join(outDir, 'api/v1/policies.json'), 'utf8')) as ExportIndex;
        const started = performance.now();
        const created = await pagefind.createIndex({});
        assertOk('create an index', created);
        const searchIndex = created.index!;
        try {
          let records = 0;
          for (const entry of index.policies) {
            const policy = JSON.parse(await readFile(fileOf(entry.json), 'utf8')) as ExportPolicy;
            // A policy's sections go to Pagefind together: its service indexes them in parallel.
            const responses = await Promise.all(
              policy.sections.map((section) => searchIndex.addCustomRecord(sectionRecord(policy, section))),
            );
            responses.forEach((response, i) => assertOk(`index ${policy.sections[i]!.path}`, response));
            records += responses.length;
          }
          const bundle = path.join(outDir, 'pagefind');
          assertOk('write the index', await searchIndex.writeFiles({ outputPath: bundle }));
          // The site has its own search UI: don't publish Pagefind's prebuilt ones.
          for (const file of await readdir(bundle)) {
            if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) await rm(path.join(bundle, file));
          }
          logger.info(`Indexed ${records} sections of ${index.policies.length} policies in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
