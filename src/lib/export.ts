/**
 * The machine-readable export (`/api/v1/...`). Its shape is a public contract: add fields,
 * never rename or remove them within v1.
 */
import type { PolicyFrontmatter } from './schema.ts';
import type { PolicySection } from './sections.ts';
import { cachedCoverage } from './compare.ts';
import { TOPICS } from './taxonomy.ts';
import { apiPolicyPath, policyPath, sectionPath } from './urls.ts';

export const EXPORT_VERSION = 1;

export interface ExportablePolicy {
  readonly slug: string;
  readonly data: PolicyFrontmatter;
  readonly sections: readonly PolicySection[];
  readonly words: number;
}

function policyFields(policy: ExportablePolicy) {
  const { data } = policy;
  return {
    slug: policy.slug,
    title: data.title,
    organization: data.organization,
    product: data.product ?? null,
    source: data.source,
    last_updated: data.last_updated,
    effective: data.effective ?? null,
    archived: data.archived ?? null,
    retrieved: data.retrieved ?? null,
    provenance: data.provenance ?? [],
    language: data.language,
    path: policyPath(policy.slug),
    json: apiPolicyPath(policy.slug),
    section_count: policy.sections.length,
    words: policy.words,
  };
}

/** `/api/v1/policies.json`: every policy without its text, and the topic taxonomy. */
export function policyIndex(policies: readonly ExportablePolicy[]) {
  return {
    version: EXPORT_VERSION,
    topics: TOPICS.map(({ slug, label, definition }) => ({ slug, label, definition })),
    policies: policies.map(policyFields),
  };
}

/** `/api/v1/policies/<slug>.json`: one policy with every section. */
export function policyDocument(policy: ExportablePolicy) {
  return {
    version: EXPORT_VERSION,
    ...policyFields(policy),
    sections: policy.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      level: section.level,
      introduction: section.introduction,
      parent: section.parent,
      path: sectionPath(policy.slug, section.id),
      text: section.text,
      words: section.words,
      topics: section.topics.map((t) => t.topic),
      topic_details: section.topics.map((t) => ({ topic: t.topic, score: t.score, evidence: t.evidence })),
      topic_source: section.topicSource,
    })),
  };
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text that a spreadsheet would
 * run as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * `/api/v1/coverage.csv`: the home page's coverage matrix for spreadsheets. One row per policy: its
 * organization, title, product, page (an absolute URL when the site's address is known), last update, sections
 * and words, then per topic (taxonomy order) its coverage level (`none`, `mentioned`, `brief`, `covered`,
 * `detailed`) and the words of the sections mainly about it. UTF-8 with a byte-order mark (so spreadsheets
 * read accented names right), CRLF line ends.
 */
export function coverageCsv(policies: readonly ExportablePolicy[], site?: URL): string {
  const header = ['organization', 'title', 'product', 'url', 'last_updated', 'sections', 'words'];
  for (const { slug } of TOPICS) header.push(slug, `${slug}_words`);
  const rows = policies.map((policy) => {
    const page = policyPath(policy.slug);
    const row: (string | number | null)[] = [
      policy.data.organization,
      policy.data.title,
      policy.data.product ?? null,
      site ? new URL(page, site).href : page,
      policy.data.last_updated ?? null,
      policy.sections.length,
      policy.words,
    ];
    for (const { slug } of TOPICS) {
      const coverage = cachedCoverage(policy.sections, slug);
      row.push(coverage.level, coverage.words);
    }
    return row;
  });
  return `\ufeff${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
