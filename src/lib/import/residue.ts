/**
 * Page residue: lines a web page adds around a policy (page-builder markers, image file names,
 * store badges, copyright footers). The patterns are narrow on purpose: each one must match a
 * whole line that no policy would say as a sentence, because dropping a line of the policy
 * itself is worse than leaving a line of residue for the reviewer to delete.
 */

/** Why a line was dropped; shown in the review next to its line number. */
export type ResidueReason =
  | 'page marker'
  | 'image file name'
  | 'app store badge'
  | 'copyright footer'
  | 'page-builder label'
  | 'footer text';

interface ResiduePattern {
  readonly reason: ResidueReason;
  readonly pattern: RegExp;
}

const RESIDUE_PATTERNS: readonly ResiduePattern[] = [
  // Wix and similar builders put skip links at both ends of the page.
  { reason: 'page marker', pattern: /^(?:top|bottom) of (?:the )?page$|^(?:back to|go to|return to|scroll to) top$|^skip to (?:main )?content$/i },
  // An image that lost its <img> tag and kept only its file name (or an alt text that is one).
  { reason: 'image file name', pattern: /^\S+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i },
  // Store badges: "Download X from Apple App Store", "Get it on Google Play", "Available on the App Store".
  {
    reason: 'app store badge',
    pattern:
      /^(?:download(?: \S+(?: \S+){0,3})? (?:on|from) (?:the )?(?:apple )?(?:app store|google play|microsoft store)|get it on (?:google play|the app store)|available on the (?:apple )?app store|(?:apple )?app store|google play)$/i,
  },
  // "© 2025 Infologistics, Inc. All Rights Reserved", "Copyright 2019 Acme. All rights reserved."
  {
    reason: 'copyright footer',
    pattern: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©\s*)?\d{4}).{0,150}$/i,
  },
  // Wix labels a text box with "<page name>: Text"; screen-reader labels leak into extractions.
  { reason: 'page-builder label', pattern: /^[^:.?!]{1,60}: (?:text|image|video|gallery|button|strip|section)$/i },
];

/** The residue reason of one line (whitespace already collapsed), or null when it is text to keep. */
export function residueReason(line: string): ResidueReason | null {
  const text = line.trim();
  if (text === '') return null;
  for (const { reason, pattern } of RESIDUE_PATTERNS) {
    if (pattern.test(text)) return reason;
  }
  return null;
}

/** Collapses whitespace the way extractions need: nbsp and tabs are spaces, zero-width marks go. */
export function normalizeSpace(line: string): string {
  return line
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * A short line that reads like a label rather than a sentence: footers put the logo text and
 * the company name next to the copyright line. Used only next to a copyright line.
 */
export function looksLikeFooterText(line: string): boolean {
  const text = line.trim();
  if (text === '' || /[.!?:;,]$/.test(text) || /@|https?:\/\//.test(text)) return false;
  return text.split(/\s+/).length <= 6;
}
