/**
 * A collection larger than one page of the picker and of a topic page (30 synthetic policies): a policy the
 * page does not carry is loaded from the JSON export when the address names it, and the picker's field for
 * unlisted policies suggests them by name.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { buildSite, buildWorkDir } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { PICKER_LIMIT, TOPIC_PAGE_SIZE, initialOf } from '../../src/lib/compare.ts';

const COUNT = PICKER_LIMIT + 6;
let server: StaticServer;

interface IndexPolicy {
  slug: string;
  organization: string;
}
let policies: IndexPolicy[] = [];

// One build for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  const work = buildWorkDir();
  const policiesDir = path.join(work, 'policies');
  writeCorpus(policiesDir, COUNT, 7);
  const result = await buildSite({ policiesDir, work });
  expect(result.status, result.output).toBe(0);
  server = await serveStatic(result.outDir, { hostHeaders: true });
  policies = ((await (await request.get(`${server.url}api/v1/policies.json`)).json()) as { policies: IndexPolicy[] }).policies;
  expect(policies).toHaveLength(COUNT);
});
test.afterAll(async () => {
  await server?.close();
});

test('a topic page loads a policy it does not carry from the export when the address names it', async ({ page }) => {
  const last = policies.at(-1)!;
  await page.goto(`${server.url}topics/collection/`);
  await expect(page.locator('[data-columns] > [data-column]')).toHaveCount(TOPIC_PAGE_SIZE);
  await expect(page.getByRole('region', { name: last.organization, exact: true })).toHaveCount(0);

  await page.goto(`${server.url}topics/collection/?policies=${policies[0]!.slug},${last.slug}`);
  await page.locator('[data-compare-root][data-ready]').waitFor();
  await expect(page.getByRole('region', { name: last.organization, exact: true })).toBeVisible();
  await expect(page.locator('[data-columns] > [data-column]:visible')).toHaveCount(2);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${last.organization}`) })).toBeChecked();
});

test('the picker suggests unlisted policies by name; a chosen one is ticked and shown', async ({ page }) => {
  await page.goto(`${server.url}compare/`);
  await page.locator('form[data-picker]').waitFor();
  await expect(page.getByRole('checkbox')).toHaveCount(PICKER_LIMIT);
  const field = page.getByRole('combobox', { name: /more policies are not listed/ });
  await field.focus();
  // Every policy is offered, by organization (the index is fetched on focus).
  await expect(page.locator('#picker-suggestions option')).toHaveCount(COUNT);
  const unlisted = policies.at(-1)!;
  expect(await page.locator(`#picker-suggestions option[value="${unlisted.slug}"]`).getAttribute('label')).toContain(unlisted.organization);

  // Choosing a suggestion (as the browser's list does: the value replaced in one step) lists it, ticked.
  await field.evaluate((input: HTMLInputElement, slug) => {
    input.value = slug;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  }, unlisted.slug);
  const box = page.getByRole('checkbox', { name: new RegExp(`^${unlisted.organization}`) });
  await expect(box).toBeChecked();
  await expect(field).toHaveValue('');
  await expect(page.getByRole('status')).toContainText(`Added ${unlisted.organization}`);

  // Typing an ID that is only the start of another adds nothing by itself.
  await field.pressSequentially(policies[1]!.slug.slice(0, -1));
  await expect(page.getByRole('checkbox')).toHaveCount(PICKER_LIMIT + 1);

  await field.fill('');
  // Compare the first policy with the one just added.
  const ticked = await page.locator('input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  for (const slug of ticked) if (slug !== unlisted.slug) await page.locator(`input[type="checkbox"][value="${slug}"]`).uncheck();
  await page.getByRole('checkbox', { name: new RegExp(`^${policies[0]!.organization}`) }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`policies=${policies[0]!.slug}(,|%2C)${unlisted.slug}$`));
  await page.locator('[data-compare-root][data-ready]').waitFor();
  await expect(page.locator('[data-columns=""] > [data-column]:visible')).toHaveCount(2);
  await expect(page.locator(`[data-columns=""] > [data-column="${unlisted.slug}"]`)).toBeVisible();
});

test('a topic page names at most 12 of the policies silent on it, and points to the CSV for the rest', async ({ page, request }) => {
  const docs = await Promise.all(
    policies.map(async (p) => (await (await request.get(`${server.url}api/v1/policies/${p.slug}.json`)).json()) as { sections: { topics: string[] }[] }),
  );
  const topics = ((await (await request.get(`${server.url}api/v1/policies.json`)).json()) as { topics: { slug: string }[] }).topics;
  let capped = 0;
  for (const { slug } of topics) {
    const silent = policies.filter((_, i) => !docs[i]!.sections.some((s) => s.topics.includes(slug)));
    if (silent.length === 0) continue;
    await page.goto(`${server.url}topics/${slug}/`);
    const summary = page.locator('[data-topic-summary]');
    await expect(summary, slug).toContainText(`Not addressed by ${silent.length}:`);
    await expect(summary.locator('[data-silent]')).toHaveText(silent.slice(0, 12).map((p) => p.organization));
    if (silent.length > 12) {
      capped++;
      await expect(summary).toContainText(`and ${silent.length - 12} more`);
      await expect(summary.getByRole('link', { name: 'the coverage CSV' })).toHaveAttribute('href', '/api/v1/coverage.csv');
    }
  }
  expect(capped, 'the synthetic corpus leaves some topic unaddressed by more than 12 policies').toBeGreaterThan(0);
});

test('a topic page spread over pages has an index by first letter that opens the page and column where a letter starts', async ({ page }) => {
  await page.goto(`${server.url}topics/collection/`);
  const index = page.getByRole('navigation', { name: 'Policies by name' });
  const initials = [...new Set(policies.map((p) => initialOf(p.organization)))];
  await expect(index.getByRole('link')).toHaveText(initials);
  const { violations } = await new AxeBuilder({ page }).include('nav[aria-label="Policies by name"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  // The last letter starts on a later page: its link opens that page at that policy's column.
  const letter = initials.at(-1)!;
  const at = policies.findIndex((p) => initialOf(p.organization) === letter);
  const target = policies[at]!;
  const onPage = Math.floor(at / TOPIC_PAGE_SIZE) + 1;
  expect(onPage, 'the letter starts beyond the first page').toBeGreaterThan(1);
  await index.getByRole('link', { name: `${letter}, page ${onPage}`, exact: true }).click();
  await expect(page).toHaveURL(`${server.url}topics/collection/page/${onPage}/#collection-${target.slug}`);
  await expect(page.getByRole('region', { name: target.organization, exact: true })).toBeInViewport();
});
