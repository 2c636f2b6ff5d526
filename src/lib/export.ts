/**
 * The machine-readable export (`/api/v1/...`). Its shape is a public contract: add fields,
 * never rename or remove them within v1.
 */
import type { PolicyFrontmatter } from './schema.ts';
import type { PolicySection } from './sections.ts';
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
