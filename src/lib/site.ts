/** Site-wide strings, in one place. */
export const SITE = {
  name: 'privacy-compare',
  tagline: 'Privacy policies side by side, section by section.',
  description:
    'Compare what companies say about retention, sharing, children or security: privacy policies split into linkable sections and tagged by topic.',
} as const;
