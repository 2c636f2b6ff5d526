/**
 * Link integrity over a built site: every internal link, asset and fragment in the HTML, and
 * every path in the JSON export, must resolve to a file (and, with a fragment, to an element
 * with that id, used once on its page). A broken link to a clause is worse than none.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { normalizeBase } from '../../src/lib/urls.ts';

export interface BrokenLink {
  /** Site path of the page or JSON file holding the link. */
  readonly from: string;
  readonly href: string;
  readonly reason: string;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action', source: 'src' };

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function checkLinks(dist: string, base = '/'): { broken: BrokenLink[]; pages: number; links: number } {
  const prefix = normalizeBase(base);
  const files = walk(dist);
  const parser = unified().use(rehypeParse);
  const idsByFile = new Map<string, Set<string>>();
  const linksByPage: { from: string; pageUrl: string; hrefs: string[] }[] = [];

  const sitePath = (file: string) => {
    const relative = path.relative(dist, file).split(path.sep).join('/');
    return prefix + relative.replace(/(^|\/)index\.html$/, '$1');
  };

  const broken: BrokenLink[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const tree = parser.parse(readFileSync(file, 'utf8')) as Root;
    const ids = new Set<string>();
    const hrefs: string[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      // An id used twice sends a link with that fragment to whichever comes first.
      if (typeof id === 'string' && ids.has(id)) broken.push({ from: sitePath(file), href: `#${id}`, reason: `id "${id}" is used more than once on the page` });
      if (typeof id === 'string') ids.add(id);
      const attribute = LINK_ATTRIBUTES[node.tagName];
      const value = attribute ? node.properties[attribute === 'href' ? 'href' : attribute] : undefined;
      if (typeof value === 'string') hrefs.push(value);
    });
    idsByFile.set(file, ids);
    linksByPage.push({ from: sitePath(file), pageUrl: sitePath(file), hrefs });
  }

  // Paths in the JSON export.
  for (const file of files.filter((f) => f.endsWith('.json') && f.includes(`${path.sep}api${path.sep}`))) {
    const hrefs: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'json') && typeof inner === 'string') hrefs.push(inner);
          else collect(inner);
        }
      }
    };
    collect(JSON.parse(readFileSync(file, 'utf8')));
    linksByPage.push({ from: sitePath(file), pageUrl: sitePath(file), hrefs });
  }

  let links = 0;
  for (const { from, pageUrl, hrefs } of linksByPage) {
    for (const href of hrefs) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // other sites, mailto:, data:
      links++;
      const url = new URL(href, `http://site${pageUrl}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!url.pathname.startsWith(prefix)) {
        broken.push({ from, href, reason: `outside the base path ${prefix}` });
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(prefix.length));
      const candidates = relative === '' || relative.endsWith('/') ? [path.join(dist, relative, 'index.html')] : [path.join(dist, relative), path.join(dist, relative, 'index.html')];
      const target = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (!target) {
        broken.push({ from, href, reason: relative.endsWith('/') || !path.extname(relative) ? 'no such page' : 'no such file' });
        continue;
      }
      if (fragment && !idsByFile.get(target)?.has(fragment)) {
        broken.push({ from, href, reason: `no element with id "${fragment}" on ${sitePath(target)}` });
      }
    }
  }
  return { broken, pages: idsByFile.size, links };
}
