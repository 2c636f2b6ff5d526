/**
 * Synthetic policy corpus for the build benchmark: N policies with realistic sizes
 * (about 2,000–6,000 words in 10–30 sections), headings drawn from real policy vocabulary,
 * and some topics left out on purpose so coverage gaps exist. Deterministic for a seed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG (the same seed always gives the same corpus). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

/** Headings and sentences by theme, written in the register of real privacy policies. */
const THEMES: readonly { headings: readonly string[]; sentences: readonly string[] }[] = [
  {
    headings: ['Introduction', 'Scope of This Policy', 'About This Privacy Notice', 'Who We Are', 'Definitions'],
    sentences: [
      'This Privacy Policy explains how {org} collects, uses and discloses information about you when you use our websites, mobile applications and related services.',
      'By using the Services, you acknowledge that you have read and understood this Policy.',
      'In this Policy, "personal information" means information that identifies, relates to or could reasonably be linked with you.',
      'This Policy does not apply to information collected by third-party websites or services that may link to or be accessible from our Services.',
    ],
  },
  {
    headings: ['Information We Collect', 'Personal Information We Collect', 'Information You Provide to Us', 'Information Collected Automatically', 'Device and Usage Information', 'Location Information', 'Payment Information'],
    sentences: [
      'We collect information you provide directly to us, such as when you create an account, fill out a form, make a purchase or communicate with us.',
      'The types of information we may collect include your name, email address, postal address, phone number and any other information you choose to provide.',
      'When you access or use our Services, we automatically collect information about you, including log information such as your browser type, access times and pages viewed.',
      'We collect information about the computer or mobile device you use, including the hardware model, operating system and version, and unique device identifiers.',
      'With your consent, we may collect information about the precise location of your device.',
      'Payment card details are processed by our payment processor and are not stored on our servers.',
    ],
  },
  {
    headings: ['How We Use Your Information', 'Use of Information', 'Purposes of Processing', 'Why We Process Your Data'],
    sentences: [
      'We use the information we collect to provide, maintain and improve our Services, including to process transactions and send related information.',
      'We may use your information to send you technical notices, security alerts and support and administrative messages.',
      'We use information to monitor and analyze trends, usage and activities in connection with our Services.',
      'We may use your information to detect, investigate and prevent fraudulent transactions and other illegal activities.',
    ],
  },
  {
    headings: ['Cookies and Similar Technologies', 'Cookies', 'Analytics and Advertising', 'Tracking Technologies'],
    sentences: [
      'We and our partners use cookies, web beacons and similar technologies to collect information about your use of the Services.',
      'Cookies are small data files stored on your hard drive or in device memory that help us improve our Services and your experience.',
      'We may allow others to provide analytics services and serve advertisements on our behalf across the web and in mobile applications.',
      'Most web browsers are set to accept cookies by default; you can usually choose to set your browser to remove or reject cookies.',
    ],
  },
  {
    headings: ['Sharing of Information', 'How We Share Your Information', 'Disclosure of Personal Information', 'Service Providers', 'Legal Requirements', 'Business Transfers'],
    sentences: [
      'We may share information with vendors, consultants and other service providers who need access to such information to carry out work on our behalf.',
      'We may disclose information if we believe disclosure is in accordance with, or required by, any applicable law or legal process.',
      'In connection with any merger, sale of company assets, financing or acquisition, your information may be transferred to the acquiring party.',
      'We do not sell your personal information to third parties.',
    ],
  },
  {
    headings: ['Your Choices', 'Marketing Communications', 'Opting Out', 'Consent'],
    sentences: [
      'You may opt out of receiving promotional emails from us by following the instructions in those emails.',
      'If you opt out, we may still send you non-promotional emails, such as those about your account or our ongoing business relations.',
      'Where we rely on your consent, you may withdraw it at any time without affecting the lawfulness of processing before withdrawal.',
    ],
  },
  {
    headings: ['Accessing and Updating Your Information', 'Your Rights', 'Account Information', 'Deleting Your Account'],
    sentences: [
      'You may update, correct or delete information about you at any time by logging into your online account.',
      'If you wish to delete your account, please contact us, but note that we may retain certain information as required by law.',
      'You may request a copy of the personal information we hold about you.',
    ],
  },
  {
    headings: ['Data Retention', 'How Long We Keep Your Information', 'Retention of Personal Data'],
    sentences: [
      'We retain personal information for as long as necessary to provide the Services and fulfil the purposes described in this Policy.',
      'When we no longer need personal information, we delete it or anonymize it so that it can no longer be associated with you.',
      'Some information may be retained for longer periods where required by law, for example for tax and accounting purposes.',
    ],
  },
  {
    headings: ['Security', 'How We Protect Your Information', 'Data Security'],
    sentences: [
      'We take reasonable measures to help protect information about you from loss, theft, misuse and unauthorized access, disclosure, alteration and destruction.',
      'Data is encrypted in transit using TLS and access to production systems is limited to authorized staff.',
      'No method of transmission over the Internet or electronic storage is completely secure, and we cannot guarantee absolute security.',
    ],
  },
  {
    headings: ["Children's Privacy", 'Children Under 13', 'Minors'],
    sentences: [
      'Our Services are not directed to children under 13, and we do not knowingly collect personal information from children under 13.',
      'If we learn that we have collected personal information of a child under 13, we will take steps to delete such information.',
    ],
  },
  {
    headings: ['International Data Transfers', 'Transfer of Information to Other Countries', 'Where We Store Your Data'],
    sentences: [
      'We are based in the United States and the information we collect is governed by U.S. law.',
      'Your information may be transferred to, and processed in, countries other than the country in which you reside.',
      'Where required, we rely on standard contractual clauses approved by the European Commission for such transfers.',
    ],
  },
  {
    headings: ['Your California Privacy Rights', 'Rights of EU Residents', 'GDPR', 'Nevada Residents'],
    sentences: [
      'California residents may request information about the categories of personal information we have collected and disclosed.',
      'If you are located in the European Economic Area, you have the right to lodge a complaint with your local supervisory authority.',
      'We will not discriminate against you for exercising any of your rights under the CCPA.',
    ],
  },
  {
    headings: ['Do Not Track', 'Do Not Track Signals'],
    sentences: [
      'Some browsers offer a Do Not Track setting; our Services do not currently respond to Do Not Track signals.',
      'Because there is no common standard for Do Not Track, we do not change our practices when we receive such a signal.',
    ],
  },
  {
    headings: ['Changes to This Policy', 'Changes to This Privacy Policy', 'Updates'],
    sentences: [
      'We may change this Privacy Policy from time to time; if we make changes, we will notify you by revising the date at the top of the policy.',
      'In some cases we may provide you with additional notice, such as adding a statement to our homepage or sending you a notification.',
    ],
  },
  {
    headings: ['Contact Us', 'How to Contact Us', 'Questions'],
    sentences: [
      'If you have any questions about this Privacy Policy, please contact us at privacy@{domain}.',
      'You may also write to us at our registered office, attention of the Privacy Officer.',
    ],
  },
];

const ORG_WORDS = ['Acme', 'Northwind', 'Blue', 'Harbor', 'Summit', 'Quill', 'Vertex', 'Lumen', 'Cedar', 'Orbit', 'Pioneer', 'Nimbus', 'Atlas', 'Keystone', 'Silver', 'Maple'];
const ORG_KINDS = ['Labs', 'Systems', 'Health', 'Media', 'Software', 'Networks', 'Analytics', 'Retail', 'Games', 'Finance'];

export interface GeneratedPolicy {
  readonly slug: string;
  readonly markdown: string;
  readonly words: number;
  readonly sections: number;
}

/** Qualifiers real policies hang on their sentences; they vary the text as real policies do. */
const CLAUSES = [
  'where permitted by applicable law', 'subject to the terms of our agreement with you', 'as described in section {n}',
  'unless you tell us otherwise', 'for a period of {n} months', 'in accordance with our internal procedures',
  'to the extent necessary for the purposes above', 'including through our affiliates in {country}',
  'as required by the {law}', 'on the basis of our legitimate interests', 'with your prior consent',
  'for {n} days after you close your account', 'in line with industry practice', 'where technically feasible',
  'except where a longer period is required by {law}', 'via the settings page of your {product} account',
];
const COUNTRIES = ['Ireland', 'Canada', 'Singapore', 'Germany', 'India', 'Brazil', 'Japan', 'Australia', 'the Netherlands'];
const LAWS = ['GDPR', 'CCPA', 'CPRA', 'PIPEDA', 'LGPD', 'Data Protection Act 2018', 'COPPA', 'HIPAA', 'Gramm-Leach-Bliley Act'];
const PRODUCTS = ['mobile', 'web', 'dashboard', 'partner', 'developer', 'customer', 'enterprise', 'reader'];

function vary(rng: Rng, sentence: string): string {
  if (rng() < 0.5) return sentence;
  const clause = pick(rng, CLAUSES)
    .replace('{n}', String(between(rng, 2, 36)))
    .replace('{country}', pick(rng, COUNTRIES))
    .replace('{law}', pick(rng, LAWS))
    .replace('{product}', pick(rng, PRODUCTS));
  return `${sentence.replace(/\.$/, '')}, ${clause}.`;
}

function paragraph(rng: Rng, sentences: readonly string[], org: string, domain: string, words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = vary(rng, pick(rng, sentences)).replaceAll('{org}', org).replaceAll('{domain}', domain);
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join(' ');
}

/**
 * One policy: 10–30 sections (some sub-sections, some lists), about 2,000–6,000 words; or, with `sections`,
 * that many sections in the same words (a long policy of many short sections, the hardest case for a page's
 * weight beside its own text).
 */
export function generatePolicy(index: number, seed: number, sections?: number): GeneratedPolicy {
  const rng = random(seed * 1_000_003 + index);
  const org = `${pick(rng, ORG_WORDS)} ${pick(rng, ORG_WORDS)} ${pick(rng, ORG_KINDS)}`;
  const slug = `bench-${String(index + 1).padStart(4, '0')}`;
  const domain = `${slug}.example`;
  const sectionCount = sections ?? between(rng, 10, 30);
  const targetWords = between(rng, 1800, 5200);
  const perSection = Math.round(targetWords / sectionCount);
  // Each policy leaves out a few themes, so the coverage matrix has gaps as real ones do.
  const themes = THEMES.filter((_, i) => i === 0 || rng() > 0.2);
  const lines: string[] = [
    '---',
    `title: Privacy Policy`,
    `organization: "${org} ${index + 1}"`,
    `source: https://${domain}/privacy`,
    `last_updated: 20${between(rng, 18, 25)}-0${between(rng, 1, 9)}-1${between(rng, 0, 9)}`,
    '---',
    '',
    paragraph(rng, THEMES[0]!.sentences, org, domain, 60),
    '',
  ];
  let words = 60;
  for (let s = 0; s < sectionCount; s++) {
    const theme = themes[Math.floor((s / sectionCount) * themes.length)]!;
    const sub = s > 0 && rng() < 0.25;
    lines.push(`${sub ? '###' : '##'} ${sub ? '' : `${s + 1}. `}${pick(rng, theme.headings)}`, '');
    const length = Math.max(40, Math.round(perSection * (0.5 + rng())));
    if (rng() < 0.2) {
      for (let item = 0; item < 4; item++) lines.push(`- ${paragraph(rng, theme.sentences, org, domain, length / 4)}`);
      lines.push('');
    } else {
      lines.push(paragraph(rng, theme.sentences, org, domain, length / 2), '', paragraph(rng, theme.sentences, org, domain, length / 2), '');
    }
    words += length;
  }
  return { slug, markdown: lines.join('\n'), words, sections: sectionCount + 1 };
}

/** Writes N policies into `directory` (emptied first), each of `sections` sections if given; returns their total words. */
export function writeCorpus(directory: string, count: number, seed: number, sections?: number): { words: number } {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  let words = 0;
  for (let i = 0; i < count; i++) {
    const policy = generatePolicy(i, seed, sections);
    writeFileSync(path.join(directory, `${policy.slug}.md`), policy.markdown);
    words += policy.words;
  }
  return { words };
}

/** Copies nothing: lists the Markdown files of a folder (the real policies, when they exist). */
export function markdownFiles(directory: string): string[] {
  try {
    return readdirSync(directory).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
}
