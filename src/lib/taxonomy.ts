/**
 * The topic taxonomy: the one source of truth for topic slugs, labels and definitions.
 *
 * Slugs are part of the public contract (URLs under `/topics/<slug>/`, the JSON export,
 * `npm run tag` output, author overrides), so they never change; labels and definitions may.
 */

export interface Topic {
  /** Stable identifier used in URLs and exports. */
  readonly slug: TopicSlug;
  /** Short human label. */
  readonly label: string;
  /** One sentence saying what belongs under this topic. */
  readonly definition: string;
  /**
   * Words and phrases a reader may search for when looking for the topic ("how long", "coppa"), besides
   * its label: the search page offers the topic's side-by-side page for them (see topic-search.ts).
   * Plain lowercase words; plurals match their singular.
   */
  readonly searchTerms: readonly string[];
}

export const TOPIC_SLUGS = [
  'overview',
  'collection',
  'use',
  'cookies',
  'sharing',
  'choices',
  'access',
  'retention',
  'security',
  'children',
  'international',
  'regional-rights',
  'do-not-track',
  'changes',
  'contact',
  'other',
] as const;

export type TopicSlug = (typeof TOPIC_SLUGS)[number];

export const TOPICS: readonly Topic[] = [
  {
    slug: 'overview',
    label: 'Overview & scope',
    definition: 'Introduction, scope, who the policy applies to, and definitions of its terms.',
    searchTerms: ['overview', 'scope', 'introduction', 'definition', 'who this policy applies to', 'applies to'],
  },
  {
    slug: 'collection',
    label: 'Data collected',
    definition:
      'What personal data is collected and how, including location, device and payment data.',
    searchTerms: ['collect', 'collection', 'information we collect', 'personal data collected', 'location', 'geolocation', 'device information', 'ip address', 'payment information'],
  },
  {
    slug: 'use',
    label: 'How data is used',
    definition: 'The purposes personal data is used for.',
    searchTerms: ['how we use', 'use of data', 'use of information', 'use your data', 'purpose', 'legitimate interest', 'profiling'],
  },
  {
    slug: 'cookies',
    label: 'Cookies & tracking',
    definition: 'Cookies, pixels and web beacons, analytics and advertising tracking.',
    searchTerms: ['cookie', 'tracking', 'tracker', 'pixel', 'web beacon', 'beacon', 'analytics', 'targeted advertising', 'interest based advertising', 'local storage', 'sdk'],
  },
  {
    slug: 'sharing',
    label: 'Sharing & disclosure',
    definition:
      'Disclosure to third parties: service providers, partners, legal and law-enforcement requests, business transfers, sale of data.',
    searchTerms: ['share', 'sharing', 'third party', 'disclose', 'disclosure', 'sell', 'sale of data', 'selling', 'service provider', 'affiliate', 'partner', 'law enforcement', 'subpoena', 'merger', 'acquisition'],
  },
  {
    slug: 'choices',
    label: 'Your choices',
    definition: 'Consent, opt-out, and controls over collection, use and marketing.',
    searchTerms: ['choice', 'opt out', 'opt in', 'consent', 'unsubscribe', 'marketing email', 'preference'],
  },
  {
    slug: 'access',
    label: 'Access & deletion',
    definition: "Viewing, correcting, exporting and deleting one's data; closing an account.",
    searchTerms: ['access', 'correct', 'correction', 'rectification', 'delete', 'deletion', 'erase', 'erasure', 'export', 'portability', 'close account'],
  },
  {
    slug: 'retention',
    label: 'Retention',
    definition: 'How long data is kept, and its deletion when no longer needed.',
    searchTerms: ['retention', 'retain', 'retained', 'how long', 'keep', 'kept', 'storage period'],
  },
  {
    slug: 'security',
    label: 'Security',
    definition: 'Safeguards, encryption, breaches, and security compliance such as PCI DSS.',
    searchTerms: ['security', 'secure', 'safeguard', 'encryption', 'encrypt', 'encrypted', 'breach', 'ssl', 'tls', 'pci', 'password'],
  },
  {
    slug: 'children',
    label: 'Children',
    definition: "Children's data, for example under COPPA.",
    searchTerms: ['child', 'children', 'kid', 'minor', 'teen', 'coppa', 'under 13', 'under 16', 'parent', 'parental consent', 'age'],
  },
  {
    slug: 'international',
    label: 'International transfers',
    definition: 'Where data is stored or processed, and transfers across borders.',
    searchTerms: ['international', 'transfer', 'cross border', 'abroad', 'overseas', 'country', 'standard contractual clauses', 'privacy shield', 'data transfer', 'where data is stored', 'data localization'],
  },
  {
    slug: 'regional-rights',
    label: 'Regional rights',
    definition:
      'Rights under the laws of a region (California, the EU/GDPR, ...) and complaints to authorities.',
    searchTerms: ['gdpr', 'ccpa', 'cpra', 'california', 'nevada', 'virginia', 'colorado', 'europe', 'european', 'eu', 'eea', 'uk', 'lgpd', 'pipeda', 'shine the light', 'right', 'supervisory authority', 'data protection authority', 'complaint'],
  },
  {
    slug: 'do-not-track',
    label: 'Do Not Track',
    definition: 'How Do Not Track browser signals are handled.',
    searchTerms: ['do not track', 'dnt', 'global privacy control', 'gpc'],
  },
  {
    slug: 'changes',
    label: 'Policy changes',
    definition: 'How the policy changes and how people are told.',
    searchTerms: ['change', 'update', 'amend', 'amendment', 'modification', 'revision', 'effective date', 'last updated'],
  },
  {
    slug: 'contact',
    label: 'Contact',
    definition: 'How to reach the organization about privacy, and dispute contacts.',
    searchTerms: ['contact', 'dpo', 'data protection officer', 'privacy officer', 'dispute'],
  },
  {
    slug: 'other',
    label: 'Other',
    definition:
      'Anything not covered by the other topics: links to other websites and their practices, governing law, disputes and other boilerplate.',
    searchTerms: ['governing law', 'arbitration', 'links to other websites', 'third party websites'],
  },
];

const BY_SLUG = new Map<string, Topic>(TOPICS.map((topic) => [topic.slug, topic]));

export function isTopicSlug(value: string): value is TopicSlug {
  return BY_SLUG.has(value);
}

/** The topic for a slug; throws on an unknown slug (callers validate user input with `isTopicSlug`). */
export function getTopic(slug: TopicSlug): Topic {
  const topic = BY_SLUG.get(slug);
  if (!topic) throw new Error(`Unknown topic slug "${slug}". Valid slugs: ${TOPIC_SLUGS.join(', ')}`);
  return topic;
}
