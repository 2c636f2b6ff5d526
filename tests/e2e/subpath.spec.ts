/**
 * The site deployed under a sub-path, as on GitHub Pages: links, section links, the export and
 * search all carry the base path.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { checkLinks } from '../../scripts/lib/link-check.ts';

const BASE = '/privacy-compare/';
let server: StaticServer;
let outDir: string;

// One build for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const result = await buildSite({ policiesDir: 'content/policies', base: BASE });
  expect(result.status, result.output).toBe(0);
  outDir = result.outDir;
  server = await serveStatic(outDir, { base: BASE, hostHeaders: true });
});
test.afterAll(async () => {
  await server?.close();
});

test('every internal link and exported path resolves under the base path', () => {
  const { broken, pages } = checkLinks(outDir, BASE);
  expect(pages).toBeGreaterThan(4);
  expect(broken).toEqual([]);
  const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`${BASE}policies/`);
  expect(readFileSync(path.join(outDir, '_headers'), 'utf8').split('\n')[0]).toBe(`${BASE}*`);
});

test('navigation, section links and the export work under the base path', async ({ page }) => {
  await page.goto(server.url);
  const index = (await (await page.request.get(`${server.url}api/v1/policies.json`)).json()) as { policies: { path: string; json: string; organization: string }[] };
  const first = index.policies[0]!;
  expect(first.path.startsWith(BASE)).toBe(true);
  await page.getByRole('link', { name: first.organization, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${first.path}$`));
  const doc = (await (await page.request.get(new URL(first.json, server.url).href)).json()) as { sections: { id: string; path: string }[] };
  const last = doc.sections.at(-1)!;
  await page.goto(new URL(last.path, server.url).href);
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  // The navigation knows the current page under the base path too.
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Policies' })).toHaveAttribute('aria-current', 'true');
  await main.getByRole('link', { name: 'Topics' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}topics/$`));
  await expect(main.getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'page');
});

test('search finds sections and opens them under the base path', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}search/?q=retention`);
  const result = page.locator('#search-results > li h3 a').first();
  await expect(result).toBeVisible();
  expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}policies/[^/]+/\\?highlight=retention#`));
  await result.click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(errors).toEqual([]);
});
