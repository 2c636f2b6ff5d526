/**
 * Measures a built site: page count, sizes per page type (HTML, CSS and JS, raw and gzip), the
 * largest page, and the bytes a policy page moves before the reader interacts, against its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = ['home', 'policy', 'topic', 'compare', 'api json', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Extra bytes a policy page may move beyond its own gzipped text, and its JavaScript cap. */
export const POLICY_BUDGET_EXTRA = 12 * 1024;
export const POLICY_JS_BUDGET = 2 * 1024;

export function pageType(relative: string): PageType {
  const p = relative.split(path.sep).join('/');
  if (p === 'index.html' || /^page\/\d+\/index\.html$/.test(p)) return 'home';
  if (/^policies\/[^/]+\/index\.html$/.test(p)) return 'policy';
  if (p.startsWith('topics/') && p.endsWith('.html')) return 'topic';
  if (p.startsWith('compare/') && p.endsWith('.html')) return 'compare';
  if (p.startsWith('api/') && p.endsWith('.json')) return 'api json';
  return 'other';
}

function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const gz = (data: Buffer | string) => gzipSync(data).length;

export interface Totals {
  pages: number;
  htmlRaw: number;
  htmlGz: number;
  /** CSS and JS the pages of this type load (each asset counted once per type). */
  cssRaw: number;
  cssGz: number;
  jsRaw: number;
  jsGz: number;
}

export interface PolicyWire {
  slug: string;
  html: number;
  css: number;
  js: number;
  total: number;
  budget: number;
}

export interface SiteMeasure {
  files: number;
  pages: number;
  totalBytes: number;
  largest: { file: string; bytes: number };
  byType: Record<PageType, Totals>;
  policyWire: PolicyWire[];
}

/** Stylesheets and scripts a page loads before interaction (link rel=stylesheet, module scripts and preloads). */
function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return { css, js };
}

export function measureSite(outDir: string, base = '/', onProgress?: (done: number) => void): SiteMeasure {
  const empty = (): Totals => ({ pages: 0, htmlRaw: 0, htmlGz: 0, cssRaw: 0, cssGz: 0, jsRaw: 0, jsGz: 0 });
  const byType = Object.fromEntries(PAGE_TYPES.map((t) => [t, empty()])) as Record<PageType, Totals>;
  const seenAssets = Object.fromEntries(PAGE_TYPES.map((t) => [t, new Set<string>()])) as Record<PageType, Set<string>>;
  const assetCache = new Map<string, { raw: number; gz: number }>();
  const asset = (href: string) => {
    let hit = assetCache.get(href);
    if (!hit) {
      const file = path.join(outDir, href.replace(base, '/').replace(/^\//, '').split('?')[0]!);
      const data = readFileSync(file);
      hit = { raw: data.length, gz: gz(data) };
      assetCache.set(href, hit);
    }
    return hit;
  };
  let files = 0;
  let pages = 0;
  let totalBytes = 0;
  let largest = { file: '', bytes: 0 };
  const policyWire: PolicyWire[] = [];
  for (const file of walk(outDir)) {
    files++;
    const size = statSync(file).size;
    totalBytes += size;
    const relative = path.relative(outDir, file);
    if (!file.endsWith('.html') && !file.endsWith('.json')) continue;
    const type = pageType(relative);
    if (file.endsWith('.html')) {
      pages++;
      if (size > largest.bytes) largest = { file: relative, bytes: size };
    }
    const data = readFileSync(file);
    const totals = byType[type];
    totals.pages++;
    totals.htmlRaw += data.length;
    const htmlGz = gz(data);
    totals.htmlGz += htmlGz;
    if (!file.endsWith('.html')) continue;
    const { css, js } = assetsOf(data.toString('utf8'));
    for (const href of [...css, ...js]) {
      if (seenAssets[type].has(href)) continue;
      seenAssets[type].add(href);
      const { raw, gz: zipped } = asset(href);
      if (href.endsWith('.css')) {
        totals.cssRaw += raw;
        totals.cssGz += zipped;
      } else {
        totals.jsRaw += raw;
        totals.jsGz += zipped;
      }
    }
    if (type === 'policy') {
      const slug = relative.split(path.sep)[1]!;
      const doc = JSON.parse(readFileSync(path.join(outDir, 'api/v1/policies', `${slug}.json`), 'utf8')) as { sections: { heading: string; text: string }[] };
      const text = doc.sections.map((s) => `${s.heading}\n${s.text}`).join('\n\n');
      const cssGz = css.reduce((sum, href) => sum + asset(href).gz, 0);
      const jsGz = js.reduce((sum, href) => sum + asset(href).gz, 0);
      policyWire.push({ slug, html: htmlGz, css: cssGz, js: jsGz, total: htmlGz + cssGz + jsGz, budget: gz(text) + POLICY_BUDGET_EXTRA });
    }
    if (pages % 2000 === 0) onProgress?.(pages);
  }
  return { files, pages, totalBytes, largest, byType, policyWire };
}
