/**
 * The hand edits to the four seed policies (`shared/seeds/*.txt`), declared rather than typed
 * into the Markdown, so a test can check that each committed file is exactly the importer's
 * output plus these edits. docs/importing.md lists them for readers.
 */
import type { ImportOptions } from './index.ts';

export interface SeedEdit {
  /** File name in shared/seeds/. */
  readonly file: string;
  readonly slug: string;
  /** Options given to the importer: `source` and frontmatter overrides are the hand edits. */
  readonly options: ImportOptions;
}

/** A source description that says what is known and no more: the seeds carry no URL. */
const described = (page: string, file: string): string =>
  `Text of ${page}, as extracted for privacy-compare (seed ${file}); the page's URL was not recorded.`;

export const SEED_EDITS: readonly SeedEdit[] = [
  {
    file: 'autoidm.txt',
    slug: 'autoidm',
    options: {
      source: described('the AutoIDM privacy policy web page', 'autoidm.txt'),
      overrides: { product: 'AutoIDM products' },
    },
  },
  {
    file: 'imetrix.txt',
    slug: 'imetrix',
    options: {
      source: described('the IMETRIX privacy policy web page of Infologistics, Inc.', 'imetrix.txt'),
      overrides: { product: 'IMETRIX mobile applications and portals' },
    },
  },
  {
    file: 'industrack.txt',
    slug: 'industrack',
    options: {
      source: described('the privacy policy page at industrack.com', 'industrack.txt'),
      overrides: { product: 'IndusTrack web and mobile app' },
    },
  },
  {
    file: 'influxis.txt',
    slug: 'influxis',
    options: {
      source: described('the influxis.com privacy policy in a Wayback Machine snapshot of 2019-06-16', 'influxis.txt'),
      overrides: { product: 'Influxis services' },
    },
  },
];

/** The declared edits for a slug, if it is one of the seeds. */
export function seedEditFor(slug: string): SeedEdit | undefined {
  return SEED_EDITS.find((edit) => edit.slug === slug);
}
