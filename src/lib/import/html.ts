/**
 * HTML -> Markdown tree. The page's own markup says where the headings, lists and links are,
 * so this keeps it (rehype-parse, hast-util-to-mdast) and only removes what is not the policy:
 * navigation, page header and footer, scripts, forms and cookie banners. Heading levels are
 * shifted so the page's top heading level becomes "##" (the title lives in the frontmatter).
 */
import type { Element, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, Nodes, Paragraph, Parent, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { findOrganization, readDateLine, readProvenanceLine, readTitleLine, sentenceDate, type DateLine } from './frontmatter.ts';
import { normalizeSpace, residueReason } from './residue.ts';
import type { RemovedLine, TextFacts } from './text.ts';

export interface HtmlImport {
  readonly tree: Root;
  readonly facts: TextFacts;
  readonly removedLines: readonly RemovedLine[];
  readonly warnings: readonly string[];
}

/** Elements that are page furniture wherever they are. */
const ALWAYS_DROPPED = new Set(['nav', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'iframe', 'svg', 'canvas', 'dialog', 'select', 'input', 'textarea', 'object', 'embed']);
/** Page header and footer: dropped when they frame the page, kept inside the article (its byline, its date). */
const FRAME = new Set(['header', 'footer']);
const BANNER = /cookie|consent|gdpr|banner/i;

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastText(child as HastNodes)).join(node.type === 'element' && isBlock(node) ? ' ' : '');
  return '';
}

function isBlock(element: Element): boolean {
  return /^(?:p|div|li|h[1-6]|section|article|header|footer|tr|td|th|br|ul|ol|dd|dt)$/.test(element.tagName);
}

function classAndId(element: Element): string {
  const className = element.properties['className'];
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
  return `${String(element.properties['id'] ?? '')} ${classes}`;
}

/** Why an element is not part of the policy, or null to keep it. */
function dropReason(element: Element, insideContent: boolean): string | null {
  if (ALWAYS_DROPPED.has(element.tagName)) return element.tagName;
  if (FRAME.has(element.tagName) && !insideContent) return element.tagName;
  if (BANNER.test(classAndId(element)) && element.tagName !== 'body' && element.tagName !== 'main' && element.tagName !== 'article') return 'cookie or consent banner';
  if (element.properties['hidden'] !== undefined && element.properties['hidden'] !== false) return 'hidden element';
  if (String(element.properties['ariaHidden']) === 'true') return 'hidden element';
  return null;
}

/** Removes page furniture from the page, recording what went and from which line. */
function prune(parent: HastRoot | Element, content: HastRoot | Element, removed: RemovedLine[], insideContent = false): void {
  parent.children = parent.children.filter((child: HastContent) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    const inside = insideContent || child === content;
    const reason = child === content ? null : dropReason(child, inside && content.type === 'element' && content.tagName !== 'body');
    if (reason) {
      record(child, `html: ${reason}`, removed, reason === 'cookie or consent banner');
      return false;
    }
    prune(child, content, removed, inside);
    return true;
  });
}

function record(element: Element, reason: string, removed: RemovedLine[], evenIfEmpty = false): void {
  const text = normalizeSpace(hastText(element));
  if (text === '' && !evenIfEmpty) return;
  removed.push({ line: element.position?.start.line ?? 0, text: text.length > 100 ? `${text.slice(0, 100)}…` : text, reason });
}

/** Text left outside the main content (not already dropped as furniture) is reported, not kept. */
function reportOutside(document: HastRoot, content: Element, removed: RemovedLine[]): void {
  const body = select('body', document);
  if (!body) return;
  const contains = (node: Element): boolean => node === content || node.children.some((child) => child.type === 'element' && contains(child));
  const walk = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (contains(child)) {
        if (child !== content) walk(child);
      } else {
        record(child, 'html: outside the main content', removed);
      }
    }
  };
  walk(body);
}

/** "Privacy Policy | Acme" -> title and organization; a page title is often both. */
function splitPageTitle(title: string): { title: string; organization: string | null } {
  const text = normalizeSpace(title);
  const parts = text.split(/\s+[|–—-]\s+/);
  if (parts.length === 2) {
    const [first, second] = parts as [string, string];
    if (/privacy|policy|notice/i.test(first) && !/privacy|policy|notice/i.test(second)) return { title: first, organization: second };
    if (/privacy|policy|notice/i.test(second) && !/privacy|policy|notice/i.test(first)) return { title: second, organization: first };
  }
  return { title: text, organization: null };
}

const sameText = (a: string, b: string): boolean => normalizeSpace(a).toLowerCase() === normalizeSpace(b).toLowerCase();

/** A paragraph that is only bold text and reads as a title: pages often style headings that way. */
function boldHeadingText(paragraph: Paragraph): string | null {
  const [only, ...rest] = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (!only || rest.length > 0 || only.type !== 'strong') return null;
  const text = normalizeSpace(toString(only));
  if (text === '' || text.split(' ').length > 12 || /[.;,]$/.test(text)) return null;
  return text;
}

/** Converts a policy page to an mdast tree, with what it found and what it removed. */
export function importHtml(html: string): HtmlImport {
  const warnings: string[] = [];
  const removed: RemovedLine[] = [];
  const document = unified().use(rehypeParse).parse(html);

  const pageTitle = select('title', document);
  const firstH1 = select('h1', document);
  const copyrightLines = selectAll('footer, [class*="footer"], [id*="footer"]', document)
    .flatMap((footer) => hastText(footer).split(/\n|(?=©)/))
    .map(normalizeSpace)
    .filter((line) => residueReason(line) === 'copyright footer');

  const content = select('main', document) ?? select('[role="main"]', document) ?? select('article', document) ?? null;
  const root: HastRoot | Element = content ?? select('body', document) ?? document;
  if (content === null) warnings.push('No <main> or <article> element: took the whole <body>; check that no page text slipped in.');
  prune(document, root, removed);
  if (content !== null) reportOutside(document, content, removed);

  const tree = toMdast(root.type === 'root' ? root : { type: 'root', children: [root] }) as Root;

  // Title: the h1 (removed from the body), else the page <title>.
  let title: string | null = null;
  let titleOrganization: string | null = null;
  if (firstH1) {
    const split = splitPageTitle(hastText(firstH1));
    title = split.title;
    titleOrganization = split.organization;
  } else if (pageTitle) {
    const split = splitPageTitle(hastText(pageTitle));
    title = split.title;
    titleOrganization = split.organization;
  }

  let lastUpdated: DateLine | null = null;
  let effective: DateLine | null = null;
  let archived: string | null = null;
  let retrieved: string | null = null;
  const provenance: string[] = [];
  let titleRemoved = false;
  let blocksSeen = 0;

  // Top-level pass over blocks: title heading, provenance notes, date lines, residue, images.
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    const line = node.position?.start.line ?? 0;
    const drop = (reason: string, text: string): [typeof SKIP, number] => {
      removed.push({ line, text, reason });
      parent.children.splice(index, 1);
      return [SKIP, index];
    };
    if (node.type === 'image' || node.type === 'imageReference') return drop('html: image', node.alt ?? '');
    if (node.type === 'heading' && node.depth === 1 && !titleRemoved && title !== null && sameText(toString(node), hastText(firstH1 ?? { type: 'text', value: '' }))) {
      titleRemoved = true;
      return drop('frontmatter: title', toString(node));
    }
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    const text = normalizeSpace(toString(node));
    if (text === '') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    blocksSeen++;
    const residue = residueReason(text);
    if (residue) return drop(residue, text);
    const provenanceLine = blocksSeen <= 4 ? readProvenanceLine(text) : null;
    if (provenanceLine) {
      provenance.push(provenanceLine.note);
      archived ??= provenanceLine.archived;
      retrieved ??= provenanceLine.retrieved;
      return drop('frontmatter: provenance', text);
    }
    const dateLine = readDateLine(text);
    if (dateLine && (dateLine.kind === 'effective' ? effective === null : lastUpdated === null)) {
      if (dateLine.kind === 'effective') effective = dateLine;
      else lastUpdated = dateLine;
      if (dateLine.date === null) warnings.push(`Could not read the date "${dateLine.written}" (line ${line}): set ${dateLine.kind} by hand.`);
      return drop(`frontmatter: ${dateLine.kind}`, text);
    }
    if (title === null && node.type === 'heading' && blocksSeen === 1) {
      const titleLine = readTitleLine(text);
      if (titleLine) {
        title = titleLine.title;
        return drop('frontmatter: title', text);
      }
    }
    return SKIP;
  });

  // Bold-only paragraphs that read as titles become headings one level below the one they follow.
  const headingDepths = tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => node.depth);
  let currentDepth = headingDepths.length > 0 ? Math.min(...headingDepths) : 1;
  tree.children = tree.children.map((node): RootContent => {
    if (node.type === 'heading') {
      currentDepth = node.depth;
      return node;
    }
    const text = node.type === 'paragraph' ? boldHeadingText(node) : null;
    if (text === null) return node;
    const heading: Heading = { type: 'heading', depth: Math.min(currentDepth + 1, 6) as Heading['depth'], children: [{ type: 'text', value: text }] };
    return heading;
  });

  // Normalize levels: the shallowest heading in the body becomes "##".
  const depths = tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => node.depth);
  if (depths.length === 0) warnings.push('No headings found: the whole text becomes the introduction. Mark the section headings by hand.');
  else {
    const shift = 2 - Math.min(...depths);
    visit(tree, 'heading', (heading: Heading) => {
      heading.depth = Math.max(2, Math.min(heading.depth + shift, 6)) as Heading['depth'];
    });
  }

  const paragraphs = tree.children.map((node) => normalizeSpace(toString(node))).filter(Boolean);
  let dateFromSentence = false;
  if (lastUpdated === null) {
    for (const paragraph of paragraphs) {
      const found = sentenceDate(paragraph);
      if (found?.kind === 'last_updated' && found.date) {
        lastUpdated = found;
        dateFromSentence = true;
        break;
      }
    }
  }
  if (title === null) warnings.push('No <h1> or <title> found for the title.');
  if (lastUpdated === null && effective === null) warnings.push('No "last updated" or effective date found: last_updated is null.');

  const organization =
    findOrganization(paragraphs, copyrightLines) ?? (titleOrganization ? { organization: titleOrganization, how: 'page title' } : null);
  removed.sort((a, b) => a.line - b.line);
  return {
    tree,
    facts: { title, organization, lastUpdated, effective, dateFromSentence, archived, retrieved, provenance },
    removedLines: removed,
    warnings,
  };
}
