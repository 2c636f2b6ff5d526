/**
 * A policy in another language than the site's (`language: fr`): it is found by search from the one search page,
 * and its own words carry their language for screen readers, while the site's words stay in English.
 */
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { buildSite, buildWorkDir } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
let output = '';

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const result = await buildSite({ policiesDir: path.join('tests/fixtures/content/other-language'), work: buildWorkDir() });
  expect(result.status, result.output).toBe(0);
  output = result.output;
  server = await serveStatic(result.outDir, { hostHeaders: true });
});
test.afterAll(async () => {
  await server?.close();
});

test('the build warns that the English tagger guessed the topics of a French heading, naming file and line', () => {
  expect(output).toMatch(/lumiere\.md:6: The policy is in "fr", and the topic tagger reads English, .*\(1 of 2 do not\)/);
});

test('search finds a French clause from the one search page, its words marked in French', async ({ page }) => {
  await page.goto(`${server.url}search/?q=conservons`);
  const result = page.locator('#search-results > li');
  await expect(result).toHaveCount(1);
  await expect(result.getByRole('link', { name: 'Conservation des données' })).toHaveAttribute('lang', 'fr');
  await expect(result.locator('.search-excerpt')).toHaveAttribute('lang', 'fr');
  await expect(result.locator('mark')).toHaveText('conservons', { ignoreCase: true });
  // An English clause is found as before, without a language of its own.
  await page.goto(`${server.url}search/?q=retention`);
  await expect(page.locator('#search-results > li').first().locator('.search-excerpt')).not.toHaveAttribute('lang', /.+/);
});

test('the French policy\'s title, headings and text are marked French; the page and its labels stay English', async ({ page }) => {
  await page.goto(`${server.url}policies/lumiere/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Conservation des données' })).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.policy-text').first()).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.section-meta').first()).not.toHaveAttribute('lang', /.+/);
  // On the topic page its column's heading and text are French, the English policy's are not marked.
  await page.goto(`${server.url}topics/retention/`);
  const french = page.locator('[data-column="lumiere"]');
  await expect(french.locator('[data-slot="body"]')).toHaveAttribute('lang', 'fr');
  await expect(french.locator('[data-slot="title"]')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('[data-column="acme"] [data-slot="body"]')).not.toHaveAttribute('lang', /.+/);
});

test('a policy in a language written right to left runs right to left, in its text and on the topic page', async ({ page }) => {
  await page.goto(`${server.url}policies/noor/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'rtl');
  const text = page.locator('.policy-text').first();
  await expect(text).toHaveAttribute('lang', 'ar');
  await expect(text).toHaveAttribute('dir', 'rtl');
  expect(await text.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await expect(page.locator('.policy-text[dir]')).toHaveCount(1);
  await expect(page.locator('.toc-link')).toHaveAttribute('dir', 'rtl');
  await page.goto(`${server.url}topics/retention/`);
  await expect(page.locator('[data-column="noor"] [data-slot="body"]')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-column="lumiere"] [data-slot="body"]')).not.toHaveAttribute('dir', /.+/);
  await page.goto(server.url);
  await expect(page.locator('#row-noor th span[lang="ar"][dir="rtl"]')).toHaveText('سياسة الخصوصية');
});

test('on the comparison the French cells are marked French', async ({ page }) => {
  await page.goto(`${server.url}compare/?policies=acme,lumiere`);
  await page.locator('[data-compare-root][data-ready]').waitFor();
  const bodies = page.locator('[data-column="lumiere"] [data-slot="body"]');
  await expect(bodies.first()).toHaveAttribute('lang', 'fr');
});
