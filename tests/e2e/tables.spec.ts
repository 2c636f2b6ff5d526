/**
 * A policy's table wider than a phone (a "categories of personal information" table, say) scrolls sideways in a
 * region of its own, with its words whole: squeezed into the column, they broke letter by letter. The page itself
 * never scrolls sideways, and the region can be reached and scrolled from the keyboard.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { buildSite, buildWorkDir } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const result = await buildSite({ policiesDir: path.join('tests/fixtures/content/tables'), work: buildWorkDir() });
  expect(result.status, result.output).toBe(0);
  server = await serveStatic(result.outDir, { hostHeaders: true });
});
test.afterAll(async () => {
  await server?.close();
});

test.use({ viewport: { width: 390, height: 844 } });

const TABLE = { name: 'Table: Category, Examples, Source, Business purpose, Disclosed to, Retention period' };

/** Checks the first table within `selector` on a phone: its region scrolls, the page does not, and no word is split. */
async function expectScrollingTable(page: Page, selector: string): Promise<void> {
  const region = page.locator(selector).getByRole('region', TABLE).first();
  await expect(region).toBeVisible();
  const widths = await region.evaluate((element) => ({ page: document.documentElement.scrollWidth, viewport: innerWidth, content: element.scrollWidth, box: element.clientWidth }));
  expect(widths.page, 'the page does not scroll sideways').toBeLessThanOrEqual(widths.viewport);
  expect(widths.content, 'the table is wider than its region, which scrolls').toBeGreaterThan(widths.box);
  // Every word of every cell sits on one line (breaking after a hyphen is fine): no "Cat/ego/ry".
  const split = await region.evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
  expect(split, 'words broken across lines').toEqual([]);
}

test('on a phone, the policy page shows a wide table in a region that scrolls sideways, words whole', async ({ page }) => {
  await page.goto(`${server.url}policies/acme/`);
  await expectScrollingTable(page, 'main');
});

test('the table region is reached with Tab and scrolled with the arrow keys', async ({ page }) => {
  await page.goto(`${server.url}policies/acme/`);
  const region = page.getByRole('region', TABLE);
  // The control just before the table in its section: "Why these topics?"; Tab moves on to the table.
  await page.locator('section', { has: region }).locator('summary').last().focus();
  await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  const outline = await region.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline, 'a visible focus ring').not.toBe('none');
});

test('the topic page and the comparison show the table the same way', async ({ page }) => {
  await page.goto(`${server.url}topics/collection/`);
  await expectScrollingTable(page, '[data-column="acme"]');
  await page.goto(`${server.url}compare/?policies=acme,beta`);
  await page.locator('[data-compare-root][data-ready]').waitFor();
  // The section is shown under each of its topics.
  await expect(page.locator('[data-column="acme"]').getByRole('region', TABLE)).not.toHaveCount(0);
  await expectScrollingTable(page, '[data-column="acme"]');
});

test('printed, the table is not cut at the edge of its region: paper does not scroll', async ({ page }) => {
  await page.goto(`${server.url}policies/acme/`);
  const region = page.getByRole('region', TABLE);
  expect(await region.evaluate((element) => getComputedStyle(element).overflowX)).toBe('auto');
  await page.emulateMedia({ media: 'print' });
  expect(await region.evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the policy page with a table (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}policies/acme/`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
