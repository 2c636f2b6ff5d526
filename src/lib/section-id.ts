/**
 * Section ids: the fragment in `/policies/<slug>/#<id>`. People share these links, so the
 * rules are deliberately simple and stable: the slug of the heading without its numbering,
 * unique within the page by a numeric suffix, or an id the author pinned.
 */
import { slug as githubSlug } from 'github-slugger';

/** Id of the text before the first heading. */
export const INTRODUCTION_ID = 'introduction';

/** Id used when a heading has no sluggable characters at all (e.g. only "7." or an emoji). */
export const FALLBACK_ID = 'section';

/**
 * Leading numbering such as "7.", "7.1", "7)", "(a)", "IV.", "B.", "Section 3:", "Article 2 -".
 * Letters and roman numerals need a "." or ")" after them, so "A Note on Cookies" keeps its "A".
 */
const NUMBERING =
  /^\s*(?:(?:section|article|part|chapter|§)\s*)?(?:\(?(?:\d+(?:\.\d+)*\.?|[ivxlcdm]{1,6}[.)]|[a-z][.)])\)?|\((?:\d+|[ivxlcdm]{1,6}|[a-z])\))(?:\s*[-–—:.]\s*|\s+)/iu;

/** A well-formed id: what `sectionId` produces and what an author may pin. */
const VALID_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** Removes leading numbering from a heading ("7. Security" -> "Security"). */
export function stripNumbering(heading: string): string {
  const stripped = heading.replace(NUMBERING, '');
  // A heading that is only a number ("7.") keeps it, rather than becoming empty.
  return stripped.trim() === '' ? heading.trim() : stripped.trim();
}

/** The base id of a heading before it is made unique: slug of the heading without numbering. */
export function sectionId(heading: string): string {
  const base = githubSlug(stripNumbering(heading))
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return base === '' ? FALLBACK_ID : base;
}

/** Whether an author-pinned id is usable in a URL fragment and as an HTML id. */
export function isValidSectionId(id: string): boolean {
  return VALID_ID.test(id);
}

/**
 * Makes ids unique within one page, deterministically: the first use of a base id keeps it,
 * later ones get `-2`, `-3`, ... in document order. Pinned ids are reserved up front, so a
 * generated id never takes an id an author pinned further down the page.
 */
export class SectionIdAllocator {
  readonly #taken = new Set<string>();

  /** Reserves a pinned id; false when it was reserved already (a duplicate, for the caller to report). */
  reserve(pinned: string): boolean {
    if (this.#taken.has(pinned)) return false;
    this.#taken.add(pinned);
    return true;
  }

  /** A unique id for a generated base id. */
  allocate(base: string): string {
    let candidate = base;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${base}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
}
