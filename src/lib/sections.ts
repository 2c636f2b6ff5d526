/**
 * Splits a policy's Markdown tree into sections: one per heading, plus the introduction
 * (text before the first heading). Each section gets its stable id, plain text, rendered
 * HTML body and topics. Pure: no unified pipeline, no Astro, so tests and CLIs use it directly.
 */
import type { Definition, FootnoteDefinition, FootnoteReference, Heading, Nodes, Root, RootContent, Text } from 'mdast';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { PAGE_ID_SET } from './page-ids.ts';
import { INTRODUCTION_ID, SectionIdAllocator, isValidSectionId, sectionId } from './section-id.ts';
import { TOPIC_SLUGS, isTopicSlug, type TopicSlug } from './taxonomy.ts';
import { countWords } from './text.ts';
import { POLICY_LINK_SCHEMES, underBase, urlScheme } from './urls.ts';

/** A topic given to a section, with the evidence behind it. */
export interface SectionTopic {
  readonly topic: TopicSlug;
  readonly score: number;
  readonly evidence: readonly string[];
}

/** Topic classifier used for sections without an author override. */
export type ClassifyFn = (input: { readonly heading?: string | undefined; readonly text: string }) => readonly SectionTopic[];

export interface PolicySection {
  /** Fragment id, unique within the policy. */
  readonly id: string;
  /** Heading as written in the policy (numbering kept); "Introduction" for the introduction. */
  readonly heading: string;
  /** Heading level: 2 for sections and the introduction, 3+ for sub-sections. */
  readonly level: number;
  /** True for the text before the first heading, which has no heading of its own. */
  readonly introduction: boolean;
  /** Id of the enclosing section for sub-sections, else null. */
  readonly parent: string | null;
  /** Plain text of the body (heading excluded), blocks separated by blank lines. */
  readonly text: string;
  /** Rendered HTML of the body (heading excluded). */
  readonly html: string;
  readonly words: number;
  /** 1-based line of the heading (or of the first block, for the introduction) in the Markdown body. */
  readonly line: number;
  /** Topics, primary first. */
  readonly topics: readonly SectionTopic[];
  /** Whether the topics come from the classifier or from the author's override. */
  readonly topicSource: 'classifier' | 'author';
}

/** Bad policy content, with the line it was found on, for a message that says where and what to do. */
export class PolicyContentError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'PolicyContentError';
    this.line = line;
  }
}

export interface ExtractOptions {
  readonly classify: ClassifyFn;
  /**
   * Start of the ids of footnotes in the rendered sections (the policy's slug and a hyphen), so that sections
   * of several policies shown on one page never share an id. Default: none.
   */
  readonly idPrefix?: string | undefined;
  /**
   * Images from the site's own files (`/images/chart.png`): `exists` tells whether the site publishes a path, and
   * `base` is the path the site is served under, which the rendered `src` gets in front. Without it, image paths
   * are kept as written and not checked (tests, CLIs).
   */
  readonly images?: { readonly base: string; readonly exists: (path: string) => boolean } | undefined;
}

/** Heading attributes written as a trailing `{#pinned-id topics=a,b}`. */
interface HeadingAttributes {
  readonly id?: string;
  readonly topics?: readonly TopicSlug[];
}

const ATTRIBUTE_BLOCK = /\s*\{([^{}]*)\}\s*$/;

/**
 * Reads and removes a trailing attribute block from a heading. Braces that hold neither
 * `#id` nor `key=value` are ordinary heading text and stay.
 */
export function takeHeadingAttributes(heading: Heading): HeadingAttributes {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return {};
  const match = ATTRIBUTE_BLOCK.exec(last.value);
  const body = match?.[1]?.trim();
  if (!match || !body || !(body.startsWith('#') || body.includes('='))) return {};
  const line = heading.position?.start.line;
  let id: string | undefined;
  let topics: TopicSlug[] | undefined;
  for (const token of body.split(/\s+/)) {
    if (token.startsWith('#')) {
      id = token.slice(1);
      if (!isValidSectionId(id)) {
        throw new PolicyContentError(
          `Pinned section id "${token}" is not valid: use letters, digits, "-" or "_", starting with a letter or digit (e.g. {#data-retention}).`,
          line,
        );
      }
    } else if (token.startsWith('topics=')) {
      const slugs = token.slice('topics='.length).split(',').filter(Boolean);
      const unknown = slugs.filter((slug) => !isTopicSlug(slug));
      if (unknown.length > 0 || slugs.length === 0) {
        throw new PolicyContentError(
          `Unknown topic ${unknown.map((s) => `"${s}"`).join(', ') || '(none given)'} in the topic override of heading "${toString(heading).replace(ATTRIBUTE_BLOCK, '')}". Valid topics: ${TOPIC_SLUGS.join(', ')}.`,
          line,
        );
      }
      topics = slugs as TopicSlug[];
    } else {
      throw new PolicyContentError(
        `Unknown heading attribute "${token}": write {#pinned-id}, {topics=slug,slug} or both, e.g. {#old-id topics=retention}.`,
        line,
      );
    }
  }
  (last as Text).value = last.value.slice(0, match.index);
  if (last.value === '') heading.children.pop();
  return { ...(id === undefined ? {} : { id }), ...(topics === undefined ? {} : { topics }) };
}

/** Blocks that hold other blocks: their text is joined line by line, not glued together. */
function blockText(node: RootContent): string {
  switch (node.type) {
    case 'list':
    case 'blockquote':
    case 'table':
      return node.children.map((child) => blockText(child as RootContent)).join('\n');
    case 'listItem':
      return node.children.map((child) => blockText(child)).join('\n');
    case 'tableRow':
      return node.children.map((cell) => inlineText(cell)).join(' | ');
    case 'definition':
    case 'html':
      return '';
    default:
      return inlineText(node);
  }
}

/**
 * The text of a paragraph, heading or cell as the page shows it: a line break (two trailing spaces or a
 * backslash: an address, a signature) ends a line, and a line break in the source that the page renders as
 * a space (a hard-wrapped paragraph) is a space. (`mdast-util-to-string` drops the first, gluing the lines'
 * words together, and keeps the second.)
 */
function inlineText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text') return node.value.replace(SOFT_BREAK, ' ');
  if ('children' in node) return node.children.map((child) => inlineText(child)).join('');
  return toString(node);
}

const SOFT_BREAK = /[ \t]*\r?\n[ \t]*/g;

interface RawSection {
  heading: Heading | null;
  attributes: HeadingAttributes;
  nodes: RootContent[];
}

/**
 * Splits the tree into sections and annotates it in place: attribute blocks are removed from
 * headings and each heading gets its id (`data.hProperties.id`), so a rendered tree and the
 * section list agree.
 */
export function extractSections(tree: Root, options: ExtractOptions): PolicySection[] {
  const definitions = tree.children.filter((node): node is Definition => node.type === 'definition');
  const footnotes = new Map<string, FootnoteDefinition>();
  for (const node of tree.children) if (node.type === 'footnoteDefinition') footnotes.set(node.identifier, node);
  const raw: RawSection[] = [];
  let current: RawSection = { heading: null, attributes: {}, nodes: [] };

  rejectRawHtml(tree);
  markTaskItems(tree);
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node.depth === 1) {
        throw new PolicyContentError(
          `A level-1 heading ("# ${toString(node)}") is not allowed: the title lives in the frontmatter. Use "##" for sections and "###" for sub-sections.`,
          node.position?.start.line,
        );
      }
      if (current.heading || current.nodes.length > 0) raw.push(current);
      current = { heading: node, attributes: takeHeadingAttributes(node), nodes: [] };
      // Headings are shown as plain text (contents, columns, search results): a footnote marker there would be lost.
      let reference: FootnoteReference | undefined;
      walk(node, (child) => {
        if (child.type === 'footnoteReference') reference ??= child;
      });
      if (reference) {
        throw new PolicyContentError(
          `The heading refers to the footnote [^${reference.label ?? reference.identifier}], but headings are shown as plain text, so its marker would be lost. Put the reference in the section's text, after the words it explains.`,
          node.position?.start.line,
        );
      }
      // An empty heading would be an empty <h2>, a blank entry in the contents and a column title of nothing.
      if (inlineText(node).trim() === '') {
        throw new PolicyContentError(
          `A heading ("${'#'.repeat(node.depth)}") has no title. Write the section's title after the "#" marks, or remove the line.`,
          node.position?.start.line,
        );
      }
    } else if (node.type !== 'definition' && node.type !== 'footnoteDefinition') {
      current.nodes.push(node);
    }
  }
  if (current.heading || current.nodes.length > 0) raw.push(current);

  if (raw.every((section) => section.heading === null && section.nodes.every((n) => blockText(n).trim() === ''))) {
    throw new PolicyContentError('The policy has no text. Add the policy text below the frontmatter.');
  }

  // The site makes no third-party requests: an image loaded from another site would be one.
  const definitionUrls = new Map(definitions.map((definition) => [definition.identifier, definition.url]));
  /** Definitions of images on this site (`![chart][c]` … `[c]: /images/chart.png`), whose URL gets the base path. */
  const definitionsToRebase = new Set<string>();
  for (const node of tree.children) {
    walk(node, (child) => {
      const href = child.type === 'link' ? child.url : child.type === 'linkReference' ? definitionUrls.get(child.identifier) : undefined;
      const scheme = href === undefined ? undefined : urlScheme(href);
      if (scheme !== undefined && !POLICY_LINK_SCHEMES.has(scheme)) {
        // A "javascript:" link would run a script on the site, wherever it is hosted (not every host sends its Content-Security-Policy).
        throw new PolicyContentError(
          `The link ${JSON.stringify(href!.slice(0, 60))} is not a web page, email address or phone number. Policy links start with ${[...POLICY_LINK_SCHEMES].map((s) => `"${s}:"`).join(', ')} or are paths on this site; remove the link and keep its text.`,
          child.position?.start.line,
        );
      }
      const url = child.type === 'image' ? child.url : child.type === 'imageReference' ? definitionUrls.get(child.identifier) : undefined;
      if (url !== undefined && isRemote(url)) {
        throw new PolicyContentError(
          `The image ${JSON.stringify(url)} would be loaded from another site, and this site makes no third-party requests. Save the image under public/ and refer to it by its path (such as /images/chart.png), or describe it in words.`,
          child.position?.start.line,
        );
      }
      const images = options.images;
      if (url === undefined || images === undefined || url.startsWith('data:')) return;
      // Shown on the policy page, the topic pages and the comparison: only a path from the site's root is the same image on each.
      const file = url.replace(/[?#].*$/, '');
      if (!file.startsWith('/')) {
        throw new PolicyContentError(
          `The image ${JSON.stringify(url)} is given relative to the page, and the section is shown on several pages. Give its path from the site's root, such as /images/chart.png for public/images/chart.png.`,
          child.position?.start.line,
        );
      }
      if (!images.exists(safeDecode(file))) {
        throw new PolicyContentError(
          `The image ${JSON.stringify(url)} is not among the site's files, so it would show as broken. Save it as public${safeDecode(file)}, or correct the path.`,
          child.position?.start.line,
        );
      }
      if (child.type === 'image') child.url = underBase(images.base, url);
      else if (child.type === 'imageReference') definitionsToRebase.add(child.identifier);
    });
  }

  for (const definition of definitions) {
    if (definitionsToRebase.has(definition.identifier) && options.images) definition.url = underBase(options.images.base, definition.url);
  }

  // A footnote is shown with the sections that refer to it: one referred to nowhere would vanish from the page.
  const notesBySection = new Map(raw.map((section) => [section, notesOf(section.nodes, footnotes)]));
  const referred = new Set([...notesBySection.values()].flat().map((note) => note.identifier));
  for (const [identifier, note] of footnotes) {
    if (!referred.has(identifier)) {
      throw new PolicyContentError(
        `The footnote "[^${note.label ?? identifier}]" is never referred to, so it would not be shown. Refer to it with [^${note.label ?? identifier}] where it belongs in the text, or remove it.`,
        note.position?.start.line,
      );
    }
  }

  // The page's own ids, then pinned ids, so generated ids never take them.
  const ids = new SectionIdAllocator();
  for (const id of PAGE_ID_SET) ids.reserve(id);
  for (const section of raw) {
    const pinned = section.attributes.id;
    if (pinned !== undefined && PAGE_ID_SET.has(pinned)) {
      throw new PolicyContentError(
        `The pinned id "#${pinned}" is one the policy page uses for itself (${[...PAGE_ID_SET].map((id) => `#${id}`).join(', ')}). Pin another id.`,
        section.heading?.position?.start.line,
      );
    }
    if (pinned !== undefined && !ids.reserve(pinned)) {
      throw new PolicyContentError(
        `The pinned id "#${pinned}" is used by more than one heading. Each pinned id must be unique within a policy.`,
        section.heading?.position?.start.line,
      );
    }
  }

  const sections: PolicySection[] = [];
  const byId = new Map<string, PolicySection>();
  const openByLevel: { level: number; id: string }[] = [];
  for (const section of raw) {
    const heading = section.heading;
    const headingText = heading ? inlineText(heading).replace(/\n/g, ' ').trim() : 'Introduction';
    const id = section.attributes.id ?? ids.allocate(heading ? sectionId(headingText) : INTRODUCTION_ID);
    if (heading) {
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    }
    const level = heading ? heading.depth : 2;
    while (openByLevel.length > 0 && openByLevel.at(-1)!.level >= level) openByLevel.pop();
    const parent = openByLevel.at(-1)?.id ?? null;
    openByLevel.push({ level, id });

    // The footnotes a section refers to are part of its text and are shown at its end.
    const notes = notesBySection.get(section) ?? [];
    const text = [...section.nodes, ...notes.flatMap((note) => note.children)]
      .map(blockText)
      .filter((block) => block.trim() !== '')
      .join('\n\n');
    const override = section.attributes.topics;
    let topics: readonly SectionTopic[] = override
      ? override.map((topic, index) => ({ topic, score: 1 - index * 0.01, evidence: ['set by the author'] }))
      : options.classify({ heading: heading ? headingText : undefined, text });
    // A sub-section the classifier can't place ("For Visitors") is about what its parent is about.
    const parentSection = parent === null ? undefined : byId.get(parent);
    if (!override && parentSection && isUnplaced(topics)) {
      const inherited = parentSection.topics[0]!;
      topics = [{ topic: inherited.topic, score: inherited.score / 2, evidence: [`under “${parentSection.heading}”`] }];
    }

    const extracted: PolicySection = {
      id,
      heading: headingText,
      level,
      introduction: heading === null,
      parent,
      text,
      html: renderBody(section.nodes, definitions, notes, `${options.idPrefix ?? ''}${id}-`),
      words: countWords(text),
      line: (heading ?? section.nodes[0])?.position?.start.line ?? 1,
      topics,
      topicSource: override ? 'author' : 'classifier',
    };
    sections.push(extracted);
    byId.set(id, extracted);
  }
  return sections;
}

/** Only the fallback topic, with nothing in the text behind it. */
function isUnplaced(topics: readonly SectionTopic[]): boolean {
  return topics.length === 1 && topics[0]!.topic === 'other' && topics[0]!.evidence.length === 0;
}

/** A URL with a scheme (`https:`; `data:` holds the image itself) or of another host (`//cdn.example`), rather than a path on this site. */
function isRemote(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined ? url.trimStart().startsWith('//') : scheme !== 'data';
}

/** A percent-encoded path decoded (`/images/my%20chart.png`), or as written when it is not valid encoding. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Task list items ("- [x] Email updates", "- [ ] Text messages"): their state is written as a ballot box at the start of
 * the item (☑ or ☐), part of the text. Rendered as checkboxes, they were form fields without labels on a page that is
 * a document, and the section's text (search, export, topics) lost which boxes were ticked.
 */
function markTaskItems(tree: Root): void {
  walk(tree, (node) => {
    if (node.type !== 'listItem' || typeof node.checked !== 'boolean') return;
    const mark = node.checked ? '☑ ' : '☐ ';
    const first = node.children[0];
    if (first?.type === 'paragraph') first.children.unshift({ type: 'text', value: mark });
    else node.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: mark.trim() }] });
    node.checked = null;
  });
}

/** An HTML comment and nothing else: an author's note, invisible on any page. */
const HTML_COMMENT = /^<!--[\s\S]*?-->\s*$/;

/**
 * Raw HTML anywhere, in a block of its own or within a line ("Contact <Company> at ..."), stops the build with its
 * line: the page would drop it (a tag, and an `<img>` whole) while the text, search and export kept it. HTML
 * comments go, as they would on any page.
 */
function rejectRawHtml(node: Root | RootContent): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'html') {
      rejectRawHtml(child);
      continue;
    }
    if (HTML_COMMENT.test(child.value)) {
      children.splice(i, 1);
      // "Text <!-- note --> more": one space between the words, not two.
      const before = children[i - 1];
      const after = children[i];
      if (before?.type === 'text' && after?.type === 'text' && /\s$/.test(before.value) && /^\s/.test(after.value)) after.value = after.value.trimStart();
      i--;
      continue;
    }
    throw new PolicyContentError(
      `Raw HTML is not allowed in policy Markdown (found ${JSON.stringify(child.value.slice(0, 40))}). If "<" is part of the policy text, escape it as "\\<".`,
      child.position?.start.line,
    );
  }
}

/** Calls `visit` on a node and every node under it, in document order. */
function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/**
 * The footnotes that nodes refer to, in the order of first reference, with the footnotes those refer to in turn.
 */
function notesOf(nodes: readonly Nodes[], footnotes: ReadonlyMap<string, FootnoteDefinition>): FootnoteDefinition[] {
  const found: FootnoteDefinition[] = [];
  const visit = (node: Nodes): void => {
    const note = node.type === 'footnoteReference' ? footnotes.get(node.identifier) : undefined;
    if (note && !found.includes(note)) {
      found.push(note);
      for (const child of note.children) walk(child, visit);
    }
  };
  for (const node of nodes) walk(node, visit);
  return found;
}

/** Id of the label of a section's notes, before the section's id prefix. */
const NOTES_LABEL_ID = 'notes';

/**
 * Renders a section's body; the page's link definitions go along so reference links resolve, and the footnotes
 * it refers to follow it as a list of notes (numbered from 1 in each section, in order of reference). A section
 * is shown on its own on topic and comparison pages, so it carries its notes, and their ids start with
 * `idPrefix` (policy and section) to stay unique on any page.
 */
function renderBody(nodes: readonly RootContent[], definitions: readonly Definition[], notes: readonly FootnoteDefinition[], idPrefix: string): string {
  if (nodes.length === 0) return '';
  const tree = toHast(
    { type: 'root', children: [...nodes, ...definitions, ...notes] },
    {
      clobberPrefix: idPrefix,
      footnoteLabel: 'Notes',
      footnoteLabelTagName: 'p',
      footnoteLabelProperties: { className: ['notes-label'] },
      footnoteBackLabel: (index) => `Back to the text of note ${index + 1}`,
    },
  ) as HastRoot;
  if (notes.length > 0) renameNotesLabel(tree, `${idPrefix}${NOTES_LABEL_ID}`);
  scrollableTables(tree);
  return toHtml(tree);
}

/**
 * Puts each table in a region of its own that scrolls sideways. Policies' tables (categories of data, sources,
 * purposes, recipients) are often wider than a phone or a comparison column, and squeezed into one, their words
 * break letter by letter. The region takes keyboard focus, so it can be scrolled without a mouse, and is named
 * by the table's header row.
 */
function scrollableTables(node: HastRoot | HastElement): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (child.tagName !== 'table') return scrollableTables(child);
    node.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(child) },
      children: [child],
    };
  });
}

/** "Table: Category, Examples, Retention": the table's first row, as a name for its region. */
function tableLabel(table: HastElement): string {
  const firstRow = select('tr', table);
  const cells = firstRow ? firstRow.children.filter((cell): cell is HastElement => cell.type === 'element').map((cell) => hastText(cell).replace(/\s+/g, ' ').trim()) : [];
  const names = cells.filter(Boolean);
  return names.length > 0 ? `Table: ${names.join(', ')}` : 'Table';
}

function hastText(node: HastRoot['children'][number]): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(hastText).join('') : '';
}

/** Gives the notes' label (\`footnote-label\` in every section otherwise) the section's own id, and the references that point to it. */
function renameNotesLabel(node: HastRoot | HastRoot['children'][number], id: string): void {
  if (node.type === 'element') {
    const properties = node.properties;
    if (properties['id'] === 'footnote-label') properties['id'] = id;
    if (properties['ariaDescribedBy'] !== undefined) properties['ariaDescribedBy'] = [id];
  }
  if ('children' in node) for (const child of node.children) renameNotesLabel(child, id);
}
