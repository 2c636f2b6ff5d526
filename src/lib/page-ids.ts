/**
 * The ids a policy page gives its own elements, in one place: the layout, the policy page and their scripts use
 * these, and section ids never take one (a policy heading "Main" becomes `#main-2`), so a page never has an id
 * twice and the skip link, the contents and the labels find their element. No imports: page scripts use it too.
 */
export const PAGE_IDS = {
  /** The main content, the skip link's target. */
  main: 'main',
  /** The search box in the header. */
  siteSearch: 'site-search',
  /** The policy's contents (a <details>). */
  contents: 'policy-contents',
  contentsHeading: 'toc-heading',
  /** "Link to section:", the first half of each permanent link's name. */
  sectionLinkLabel: 'section-link-label',
  /** The live region that says a section's address was copied. */
  copyStatus: 'copy-status',
  /** The notice that the section a link asked for is not in the policy. */
  missingSection: 'missing-section',
} as const;

/** Every id in PAGE_IDS. */
export const PAGE_ID_SET: ReadonlySet<string> = new Set(Object.values(PAGE_IDS));
