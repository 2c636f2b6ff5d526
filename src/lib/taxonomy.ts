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
  },
  {
    slug: 'collection',
    label: 'Data collected',
    definition:
      'What personal data is collected and how, including location, device and payment data.',
  },
  {
    slug: 'use',
    label: 'How data is used',
    definition: 'The purposes personal data is used for.',
  },
  {
    slug: 'cookies',
    label: 'Cookies & tracking',
    definition: 'Cookies, pixels and web beacons, analytics and advertising tracking.',
  },
  {
    slug: 'sharing',
    label: 'Sharing & disclosure',
    definition:
      'Disclosure to third parties: service providers, partners, legal and law-enforcement requests, business transfers, sale of data.',
  },
  {
    slug: 'choices',
    label: 'Your choices',
    definition: 'Consent, opt-out, and controls over collection, use and marketing.',
  },
  {
    slug: 'access',
    label: 'Access & deletion',
    definition: "Viewing, correcting, exporting and deleting one's data; closing an account.",
  },
  {
    slug: 'retention',
    label: 'Retention',
    definition: 'How long data is kept, and its deletion when no longer needed.',
  },
  {
    slug: 'security',
    label: 'Security',
    definition: 'Safeguards, encryption, breaches, and security compliance such as PCI DSS.',
  },
  {
    slug: 'children',
    label: 'Children',
    definition: "Children's data, for example under COPPA.",
  },
  {
    slug: 'international',
    label: 'International transfers',
    definition: 'Where data is stored or processed, and transfers across borders.',
  },
  {
    slug: 'regional-rights',
    label: 'Regional rights',
    definition:
      'Rights under the laws of a region (California, the EU/GDPR, ...) and complaints to authorities.',
  },
  {
    slug: 'do-not-track',
    label: 'Do Not Track',
    definition: 'How Do Not Track browser signals are handled.',
  },
  {
    slug: 'changes',
    label: 'Policy changes',
    definition: 'How the policy changes and how people are told.',
  },
  {
    slug: 'contact',
    label: 'Contact',
    definition: 'How to reach the organization about privacy, and dispute contacts.',
  },
  {
    slug: 'other',
    label: 'Other',
    definition:
      'Anything not covered by the other topics: links to other websites and their practices, governing law, disputes and other boilerplate.',
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
