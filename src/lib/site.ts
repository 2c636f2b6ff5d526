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

/** `lang` and, for a language written right to left, `dir`: the attributes of a policy's own words. */
export interface TextAttributes {
  lang?: string;
  dir?: 'rtl';
}

/**
 * The attributes of a policy's own words (its title, headings and text): its language where it is not the site's,
 * so a screen reader reads them in it, and the direction of a language written right to left (Arabic, Hebrew,
 * Persian, ...), from `Intl.Locale`; none where it is the site's (they inherit the page's).
 */
export function policyText(language: string | undefined): TextAttributes {
  if (!language || language === SITE.language) return {};
  let rtl = false;
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    rtl = (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl';
  } catch {
    // Not a valid tag: the frontmatter check rejects it; mark the language only.
  }
  return rtl ? { lang: language, dir: 'rtl' } : { lang: language };
}
