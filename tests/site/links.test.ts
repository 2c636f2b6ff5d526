/** Link integrity of the site `npm run build` wrote to dist/: 0 broken links, fragments or export paths. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { checkLinks } from '../../scripts/lib/link-check.ts';

it('every internal link, fragment and exported path of the built site resolves', { skip: !existsSync('dist/index.html') && 'run `npm run build` first' }, () => {
  const { broken, pages, links } = checkLinks('dist');
  assert.ok(pages > 3, `expected the whole site in dist/, found ${pages} pages`);
  assert.ok(links > 100);
  assert.deepEqual(broken, []);
});
