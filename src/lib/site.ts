/** Site-wide strings, in one place. */
export const SITE = {
  name: 'privacy-compare',
  /**
   * Language of the site's own words (`<html lang>`), and of its one search index: Pagefind would otherwise put
   * each policy language in an index of its own, which a search page never loads beside its own language's.
   */
  language: 'en',
  tagline: 'Privacy policies side by side, section by section.',
  description:
    'Compare what companies say about retention, sharing, children or security: privacy policies split into linkable sections and tagged by topic.',
} as const;

/**
 * The `lang` attribute for a policy's own words (its title, headings and text): its language where it is not the
 * site's, so a screen reader reads them in it; none where it is (they inherit the page's).
 */
export const policyLang = (language: string | undefined): string | undefined => (language && language !== SITE.language ? language : undefined);
