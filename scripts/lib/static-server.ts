/**
 * A minimal static file server: serves a built site from a folder on loopback, gzip-compressing
 * text and (optionally) applying the site's `_headers` the way a static host would. Tests and
 * benchmarks use it instead of `astro preview`, which refuses to run twice for one project and
 * ignores `_headers`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** Pagefind's index chunks are compressed already; everything else textual is gzipped. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.csv']);

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Rules of a Netlify-style `_headers` file: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const matches = (pattern: string, pathname: string) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;

export interface ServeOptions {
  /** Base path the site was built for. Default `/`. */
  readonly base?: string;
  /** Apply the headers of the site's own `_headers` file, as Netlify or Cloudflare Pages would. Default false. */
  readonly hostHeaders?: boolean;
}

export async function serveStatic(root: string, options: ServeOptions & { port?: number } = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const rules = options.hostHeaders ? parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer(async (request, response) => {
    const requestPath = new URL(request.url ?? '/', 'http://x').pathname;
    const hostHeaders = Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, requestPath)).map((rule) => rule.headers)) as Record<string, string>;
    try {
      let pathname = decodeURIComponent(requestPath);
      if (!pathname.startsWith(base)) throw new Error('outside base');
      pathname = pathname.slice(base.length);
      let file = path.join(root, pathname);
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      let body = await readFile(file);
      const ext = path.extname(file);
      const headers: Record<string, string> = { ...hostHeaders, 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(200, headers).end(body);
    } catch {
      // Like static hosts, answer a missing page with the site's 404 page.
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { ...hostHeaders, 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
