/**
 * Browser side of the comparison pages (topic pages and /compare/): reads `?policies=` from the
 * address, shows those policies in that order and hides the rest, loads policies that the page
 * does not carry from their JSON export (so pages stay small however many policies exist), ticks
 * the picker to match and reports unknown or extra IDs. Without JavaScript the server-rendered
 * default stays.
 *
 * Markup contract (see the pages): `[data-compare-root]` holds containers `[data-columns]`
 * (value: the topic of their cells, or "" for the name row) whose children `[data-column=<slug>]`
 * are one policy each; `<template data-template=...>` elements hold the empty markup to clone.
 */
import { coverage, coverageLabel, parsePoliciesParam, resolveSelection, sectionsOnTopic } from '../../lib/compare.ts';
import type { TopicSlug } from '../../lib/taxonomy.ts';
import { apiPolicyPath, columnNameId, policiesQuery } from '../../lib/urls.ts';
import { formatNumber } from '../../lib/format.ts';
import { policyText } from '../../lib/site.ts';

interface ExportedSection {
  id: string;
  heading: string;
  path: string;
  text: string;
  words: number;
  topics: { topic: string }[];
}
interface ExportedPolicy {
  slug: string;
  organization: string;
  title: string;
  language: string;
  path: string;
  sections: ExportedSection[];
}

async function load(slug: string): Promise<ExportedPolicy | null> {
  try {
    const response = await fetch(apiPolicyPath(slug));
    if (!response.ok) return null;
    const policy = (await response.json()) as Omit<ExportedPolicy, 'sections'> & { sections: (Omit<ExportedSection, 'topics'> & { topic_details: { topic: string }[] })[] };
    return { ...policy, sections: policy.sections.map((s) => ({ ...s, topics: s.topic_details })) };
  } catch {
    return null;
  }
}

function clone(root: Element, name: string): HTMLElement {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!;
  return template.content.firstElementChild!.cloneNode(true) as HTMLElement;
}

const slot = (element: Element, name: string) => element.querySelector<HTMLElement>(`[data-slot="${name}"]`);

/** A column or cell for a policy loaded as JSON, built from the page's own templates. */
function build(root: Element, container: HTMLElement, policy: ExportedPolicy): HTMLElement {
  const topic = container.dataset['columns'] as TopicSlug | '';
  const element = clone(root, container.dataset['template']!);
  element.dataset['column'] = policy.slug;
  const id = columnNameId(topic || 'name', policy.slug);
  const name = slot(element, 'org');
  if (name) name.id = id;
  if (element.hasAttribute('aria-labelledby')) element.setAttribute('aria-labelledby', id);
  for (const link of element.querySelectorAll<HTMLAnchorElement>('[data-slot="policy-link"]')) link.href = policy.path;
  if (name) name.textContent = policy.organization;
  const title = slot(element, 'title');
  const text = policyText(policy.language);
  if (title) {
    title.textContent = policy.title;
    Object.assign(title, text);
  }
  if (!topic) return element;

  const level = coverage(policy.sections, topic);
  const badge = slot(element, 'coverage');
  if (badge) {
    badge.className = badge.className.replace(/coverage-[a-z]+/, `coverage-${level.level}`);
    badge.textContent = coverageLabel(level.level) + (level.words > 0 ? `, ${formatNumber(level.words)} words` : '');
  }
  const cells = slot(element, 'cells')!;
  const matches = sectionsOnTopic(policy.sections, topic);
  if (matches.length === 0) cells.replaceChildren(clone(root, 'silent'));
  for (const { section, primary } of matches) {
    const match = clone(root, 'match');
    const heading = slot(match, 'heading') as HTMLAnchorElement;
    heading.textContent = section.heading;
    heading.href = section.path;
    Object.assign(heading, text);
    if (primary) slot(match, 'secondary')?.remove();
    const body = slot(match, 'body')!;
    body.classList.add('whitespace-pre-line');
    Object.assign(body, text);
    body.replaceChildren(
      ...section.text.split(/\n{2,}/).map((block) => Object.assign(document.createElement('p'), { textContent: block })),
    );
    cells.append(match);
  }
  return element;
}

/** The picker's checkboxes, one per listed policy. */
const pickerBoxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="policies"]')];

/**
 * Lists a policy the page did not list in the picker (a copy of the first entry, relabelled) and returns its
 * checkbox; the existing one when it is listed already.
 */
export function listPolicy(form: HTMLFormElement, slug: string, organization: string): HTMLInputElement {
  const listed = pickerBoxes(form).find((box) => box.value === slug);
  if (listed) return listed;
  const list = form.querySelector('[data-picker-list]')!;
  const item = list.firstElementChild!.cloneNode(true) as HTMLElement;
  const box = item.querySelector('input')!;
  box.value = slug;
  box.checked = false;
  item.querySelector('label > span')!.textContent = organization;
  list.append(item);
  return box;
}

export async function applySelection(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-compare-root]');
  const form = document.querySelector<HTMLFormElement>('form[data-picker]');
  const requested = parsePoliciesParam(new URLSearchParams(location.search));
  if (!root || !form || requested.length === 0) return;
  const max = Number(root.dataset['max']);
  const containers = [...root.querySelectorAll<HTMLElement>('[data-columns]')];
  const present = new Set([...root.querySelectorAll<HTMLElement>('[data-columns] > [data-column]')].map((el) => el.dataset['column']!));

  // Load (at most `max`) policies the page does not carry; a 404 means an unknown ID.
  const missing = requested.filter((slug) => !present.has(slug)).slice(0, max + 2);
  const loaded = new Map((await Promise.all(missing.map(async (slug) => [slug, await load(slug)] as const))).filter(([, p]) => p));
  const selection = resolveSelection(requested, {
    exists: (slug) => present.has(slug) || loaded.has(slug),
    fallback: [...present],
    max,
    min: Number(root.dataset['min'] ?? 1),
  });

  if (!selection.isDefault) {
    for (const container of containers) {
      const existing = new Map([...container.children].map((el) => [(el as HTMLElement).dataset['column'], el as HTMLElement]));
      for (const [slug, element] of existing) if (slug) element.hidden = !selection.shown.includes(slug);
      for (const slug of selection.shown) {
        const element = existing.get(slug) ?? build(root, container, loaded.get(slug)!);
        element.hidden = false;
        container.append(element); // in the order asked
      }
    }
    for (const slug of selection.shown) {
      const policy = loaded.get(slug);
      if (policy) listPolicy(form, slug, policy.organization);
    }
    for (const box of pickerBoxes(form)) box.checked = selection.shown.includes(box.value);
    const text = form.querySelector<HTMLInputElement>('input[type="text"][name="policies"]');
    if (text) text.value = '';
    const url = new URL(location.href);
    url.search = policiesQuery(selection.shown);
    history.replaceState(history.state, '', url);
  }
  form.querySelector('[data-selection-status]')!.textContent = selection.messages.join(' ');
  root.dataset['ready'] = '';
}
