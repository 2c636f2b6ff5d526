/**
 * Query helpers over the policies collection: the only place pages read content from.
 * Sections come from the remark plugin (`remarkPluginFrontmatter.sections`).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { initialsIndex, type InitialEntry } from '../lib/compare.ts';
import type { PolicySection } from '../lib/sections.ts';
import { readingMinutes } from '../lib/text.ts';

export interface Policy {
  readonly slug: string;
  readonly data: CollectionEntry<'policies'>['data'];
  readonly sections: readonly PolicySection[];
  readonly words: number;
  readonly readingMinutes: number;
}

let cache: Promise<Policy[]> | undefined;

/** All policies, sorted by organization then title. Loaded once per build. */
export function getPolicies(): Promise<Policy[]> {
  cache ??= load();
  return cache;
}

const INITIALS = new WeakMap<readonly Policy[], Map<number, readonly InitialEntry[]>>();

/**
 * The index by first letter of a list of policies shown `size` to a page (`initialsIndex` of their organizations),
 * once per list and size: every page of the list shows it, and reading every name on every page would make the
 * build quadratic in the number of policies.
 */
export function policyInitials(policies: readonly Policy[], size: number): readonly InitialEntry[] {
  let bySize = INITIALS.get(policies);
  if (!bySize) INITIALS.set(policies, (bySize = new Map()));
  let entries = bySize.get(size);
  if (!entries) bySize.set(size, (entries = initialsIndex(policies.map((policy) => policy.data.organization), size)));
  return entries;
}

async function load(): Promise<Policy[]> {
  const entries = await getCollection('policies');
  const policies = await Promise.all(
    entries.map(async (entry): Promise<Policy> => {
      const { remarkPluginFrontmatter } = await render(entry);
      const sections = remarkPluginFrontmatter['sections'] as PolicySection[] | undefined;
      if (!sections) {
        throw new Error(
          `${entry.filePath ?? entry.id}: no sections were extracted. Either it failed to render (see the errors above) or Astro's content cache is stale: build with \`npm run build\`, which clears it.`,
        );
      }
      const words = sections.reduce((sum, section) => sum + section.words, 0);
      return { slug: entry.id, data: entry.data, sections, words, readingMinutes: readingMinutes(words) };
    }),
  );
  return policies.sort(
    (a, b) => a.data.organization.localeCompare(b.data.organization, 'en') || a.data.title.localeCompare(b.data.title, 'en'),
  );
}
