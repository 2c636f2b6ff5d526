/** Link integrity of the site `npm run build` wrote to dist/: 0 broken links, fragments or export paths. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks } from '../../scripts/lib/link-check.ts';

it('every internal link, fragment and exported path of the built site resolves', { skip: !existsSync('dist/index.html') && 'run `npm run build` first' }, () => {
  const { broken, pages, links } = checkLinks('dist');
  assert.ok(pages > 3, `expected the whole site in dist/, found ${pages} pages`);
  assert.ok(links > 100);
  assert.deepEqual(broken, []);
});

it('every page of the built site is styled: it links a stylesheet the build wrote', { skip: !existsSync('dist/index.html') && 'run `npm run build` first' }, () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  assert.ok(pages.length > 3);
  const unstyled = pages.filter((file) => {
    const sheets = [...readFileSync(path.join('dist', file), 'utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
    return sheets.length === 0 || !sheets.every((sheet) => existsSync(path.join('dist', sheet)));
  });
  assert.deepEqual(unstyled, []);
});

it('every page of the built site is one document: its scripts sit inside <body>, nothing follows </html>', { skip: !existsSync('dist/index.html') && 'run `npm run build` first' }, () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  assert.ok(pages.length > 3);
  const trailing = pages.filter((file) => !/<\/body><\/html>\s*$/.test(readFileSync(path.join('dist', file), 'utf8')));
  assert.deepEqual(trailing, []);
});

it('no link on the built site runs into the word before or after it ("and<a>this table</a>")', { skip: !existsSync('dist/index.html') && 'run `npm run build` first' }, () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  assert.ok(pages.length > 3);
  const runTogether = pages.flatMap((file) =>
    [...readFileSync(path.join('dist', file), 'utf8').matchAll(/\p{L}<a [^>]*>[^<]*<\/a>|<a [^>]*>[^<]*<\/a>\p{L}/gu)].map((m) => `${file}: ${m[0]}`),
  );
  assert.deepEqual(runTogether, []);
});
