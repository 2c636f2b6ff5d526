import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Tests read the corpus from the JSON export, so they hold for any set of policies. */
interface Topic {
  slug: string;
  label: string;
}
interface IndexPolicy {
  slug: string;
  organization: string;
  path: string;
  json: string;
}
interface Section {
  id: string;
  heading: string;
  path: string;
  topics: string[];
}
interface Corpus {
  topics: Topic[];
  policies: (IndexPolicy & { sections: Section[] })[];
}

let corpus: Corpus | undefined;
async function load(page: Page): Promise<Corpus> {
  if (corpus) return corpus;
  const index = (await (await page.request.get('/api/v1/policies.json')).json()) as { topics: Topic[]; policies: IndexPolicy[] };
  expect(index.policies.length, 'these tests need at least two policies').toBeGreaterThanOrEqual(2);
  const policies = await Promise.all(
    index.policies.map(async (p) => ({ ...p, sections: ((await (await page.request.get(p.json)).json()) as { sections: Section[] }).sections })),
  );
  corpus = { topics: index.topics, policies };
  return corpus;
}

/** What a topic's column must list for a policy: sections mainly on the topic, then side mentions. */
function expectedOn(policy: Corpus['policies'][number], topic: string): Section[] {
  const on = policy.sections.filter((s) => s.topics.includes(topic));
  return [...on.filter((s) => s.topics[0] === topic), ...on.filter((s) => s.topics[0] !== topic)];
}

/** A (policy, topic) pair where the policy says nothing, if the corpus has one. */
function silentPair(c: Corpus) {
  for (const topic of c.topics) for (const policy of c.policies) if (expectedOn(policy, topic.slug).length === 0) return { topic, policy };
  return undefined;
}

const column = (page: Page, organization: string) => page.getByRole('region', { name: organization, exact: true });

test('a topic page shows one column per policy with its sections on the topic, linked to their permanent links', async ({ page }) => {
  const c = await load(page);
  for (const topic of c.topics) {
    await page.goto(`/topics/${topic.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.label);
    for (const policy of c.policies.slice(0, 8)) {
      const col = column(page, policy.organization);
      await expect(col, `${topic.slug}: column of ${policy.slug}`).toBeVisible();
      const expected = expectedOn(policy, topic.slug);
      const links = col.getByRole('article').getByRole('heading').getByRole('link');
      await expect(links).toHaveText(expected.map((s) => s.heading));
      for (const [i, section] of expected.entries()) await expect(links.nth(i)).toHaveAttribute('href', section.path);
      if (expected.length === 0) await expect(col.getByText('Not addressed.')).toBeVisible();
      else await expect(col.getByText('Not addressed.')).toHaveCount(0);
    }
  }
});

test('a policy that says nothing on a topic gets an explicit "Not addressed" cell on the topic page, comparison and matrix', async ({ page }) => {
  const c = await load(page);
  const silent = silentPair(c);
  test.skip(!silent, 'every policy addresses every topic in this corpus');
  const { topic, policy } = silent!;
  await page.goto(`/topics/${topic.slug}/?policies=${policy.slug}`);
  await expect(column(page, policy.organization).getByText('Not addressed.')).toBeVisible();

  const other = c.policies.find((p) => p.slug !== policy.slug)!;
  await page.goto(`/compare/?policies=${policy.slug},${other.slug}`);
  const row = page.getByRole('region', { name: topic.label, exact: true });
  await expect(row.getByRole('group', { name: policy.organization, exact: true }).getByText('Not addressed.')).toBeVisible();

  await page.goto('/');
  const cell = page.locator(`tr[data-policy="${policy.slug}"] td[data-topic="${topic.slug}"]`);
  await expect(cell).toHaveText('Not addressed');
  await expect(cell.getByRole('link')).toHaveCount(0);
});

test('a topic page says at the top how many policies address it and names those that say nothing', async ({ page }) => {
  const c = await load(page);
  for (const topic of c.topics) {
    const silent = c.policies.filter((p) => expectedOn(p, topic.slug).length === 0);
    const addressed = c.policies.filter((p) => p.sections.some((s) => s.topics[0] === topic.slug)).length;
    await page.goto(`/topics/${topic.slug}/`);
    const summary = page.locator('[data-topic-summary]');
    await expect(summary, topic.slug).toContainText(`Addressed by ${addressed} of ${c.policies.length} policies`);
    if (silent.length === 0) {
      await expect(summary).toContainText('Every policy says something on it.');
      continue;
    }
    await expect(summary).toContainText(`Not addressed by ${silent.length}:`);
    // Named in the order of the columns (up to 12), each linking to its policy, and each column says so too.
    await expect(summary.getByRole('link')).toHaveText(silent.slice(0, 12).map((p) => p.organization));
    for (const policy of silent.slice(0, 12)) {
      await expect(summary.getByRole('link', { name: policy.organization, exact: true })).toHaveAttribute('href', policy.path);
    }
    for (const policy of silent.filter((p) => c.policies.indexOf(p) < 8)) {
      await expect(column(page, policy.organization).getByText('Not addressed.')).toBeVisible();
    }
  }
});

test('picking policies puts them in the address; reloading or sharing it shows the same columns, in that order', async ({ page, browser }) => {
  const c = await load(page);
  const [first, second] = [c.policies[1]!, c.policies[0]!];
  const topic = c.topics.find((t) => t.slug === 'retention') ?? c.topics[0]!;
  await page.goto(`/topics/${topic.slug}/`);
  const picker = page.getByRole('group', { name: 'Policies to show' });
  for (const policy of c.policies.slice(0, 8)) {
    const box = picker.getByRole('checkbox', { name: policy.organization });
    if ([first.slug, second.slug].includes(policy.slug)) await box.check();
    else await box.uncheck();
  }
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?policies=${c.policies[0]!.slug},${c.policies[1]!.slug}$`));
  const shown = page.locator('[data-columns] > [data-column]:visible');
  await expect(shown).toHaveCount(2);

  // A shared link keeps the order it names.
  const shared = `/topics/${topic.slug}/?policies=${first.slug},${second.slug}`;
  await page.goto(shared);
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(0)).toHaveAttribute('data-column', first.slug);
  await expect(shown.nth(1)).toHaveAttribute('data-column', second.slug);
  await page.reload();
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(0)).toHaveAttribute('data-column', first.slug);
  await expect(picker.getByRole('checkbox', { name: first.organization })).toBeChecked();
  for (const policy of c.policies.slice(2, 8)) await expect(picker.getByRole('checkbox', { name: policy.organization })).not.toBeChecked();

  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(shared);
  await expect(colleague.locator('[data-columns] > [data-column]:visible')).toHaveCount(2);
  await expect(column(colleague, first.organization)).toBeVisible();
  await context.close();
});

test('the picker works from the keyboard', async ({ page }) => {
  const c = await load(page);
  await page.goto('/compare/');
  const picker = page.getByRole('group', { name: 'Policies to compare' });
  const boxes = picker.getByRole('checkbox');
  // Leave exactly the first two ticked, using only the keyboard.
  const count = Math.min(await boxes.count(), 4);
  for (let i = 0; i < count; i++) {
    await boxes.nth(i).focus();
    const wanted = i < 2;
    if ((await boxes.nth(i).isChecked()) !== wanted) await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Compare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?policies=${c.policies[0]!.slug},${c.policies[1]!.slug}$`));
});

test('the comparison shows two to four chosen policies across every topic', async ({ page }) => {
  const c = await load(page);
  const chosen = [c.policies[1]!, c.policies[0]!];
  await page.goto(`/compare/?policies=${chosen.map((p) => p.slug).join(',')}`);
  for (const topic of c.topics) {
    const row = page.getByRole('region', { name: topic.label, exact: true });
    const cells = row.locator('[data-columns] > [data-column]:visible');
    await expect(cells).toHaveCount(2);
    for (const [i, policy] of chosen.entries()) {
      await expect(cells.nth(i)).toHaveAttribute('data-column', policy.slug);
      const expected = expectedOn(policy, topic.slug);
      await expect(cells.nth(i).getByRole('article').getByRole('heading').getByRole('link')).toHaveText(expected.map((s) => s.heading));
    }
  }
  await expect(page.locator('[data-selection-status]')).toHaveText('');
});

test('a policy page leads to a comparison with that policy chosen, ready for a second', async ({ page }) => {
  const c = await load(page);
  const [first, second] = [c.policies[1]!, c.policies[0]!];
  await page.goto(first.path);
  await page.getByRole('link', { name: 'Side by side with other policies' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/\\?policies=${first.slug}$`));
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${first.organization}`) })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Choose one more policy to compare.');
  await page.getByRole('checkbox', { name: new RegExp(`^${second.organization}`) }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('region', { name: c.topics[0]!.label, exact: true }).locator('[data-column]:visible')).toHaveCount(2);
});

test('the comparison explains one policy, unknown IDs and more than four', async ({ page }) => {
  const c = await load(page);
  const status = page.getByRole('status');
  await page.goto(`/compare/?policies=${c.policies[0]!.slug}`);
  await expect(status).toHaveText('Choose one more policy to compare.');
  await expect(page.locator('[data-columns] > [data-column]:visible').first()).toHaveAttribute('data-column', c.policies[0]!.slug);

  await page.goto(`/compare/?policies=${c.policies[0]!.slug},no-such-policy,${c.policies[1]!.slug}`);
  await expect(status).toContainText('“no-such-policy”');
  await expect(page).toHaveURL(new RegExp(`\\?policies=${c.policies[0]!.slug},${c.policies[1]!.slug}$`));
  await expect(page.getByRole('region', { name: c.topics[0]!.label, exact: true }).locator('[data-column]:visible')).toHaveCount(2);

  if (c.policies.length > 4) {
    await page.goto(`/compare/?policies=${c.policies.slice(0, 5).map((p) => p.slug).join(',')}`);
    await expect(status).toContainText('Up to 4 policies');
    await expect(page.getByRole('region', { name: c.topics[0]!.label, exact: true }).locator('[data-column]:visible')).toHaveCount(4);
  }
});

test('a cell of the coverage matrix leads to its section', async ({ page }) => {
  const c = await load(page);
  await page.goto('/');
  const policy = c.policies.at(-1)!;
  const topic = c.topics.find((t) => expectedOn(policy, t.slug).length > 0)!;
  const primary = policy.sections.find((s) => s.topics[0] === topic.slug) ?? expectedOn(policy, topic.slug)[0]!;
  const cell = page.getByRole('row').filter({ has: page.getByRole('rowheader').getByRole('link', { name: policy.organization, exact: true }) });
  const link = cell.getByRole('link', { name: new RegExp(`^${topic.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) });
  await expect(link).toHaveAttribute('href', primary.path);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${policy.path}#${primary.id}$`));
  await expect(page.locator(`[id="${primary.id}"]`)).toBeInViewport();
});

test('the matrix has header cells, a caption and a legend in words; /topics/ counts the policies per topic', async ({ page }) => {
  const c = await load(page);
  await page.goto('/');
  const table = page.getByRole('table', { name: /Policies in this collection/ });
  for (const topic of c.topics) await expect(table.getByRole('columnheader', { name: topic.label, exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(Math.min(c.policies.length, 50));
  await expect(page.getByText('Not addressed', { exact: true }).first()).toBeVisible();

  await page.goto('/topics/');
  for (const topic of c.topics) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: topic.label, exact: true }) });
    const addressed = c.policies.filter((p) => p.sections.some((s) => s.topics[0] === topic.slug)).length;
    const silent = c.policies.filter((p) => expectedOn(p, topic.slug).length === 0).length;
    await expect(row.getByRole('cell').nth(0)).toHaveText(String(addressed));
    await expect(row.getByRole('cell').nth(2)).toHaveText(String(silent));
  }
});

test('two chosen policies share the width of a wide screen side by side', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const c = await load(page);
  const [a, b] = c.policies;
  await page.goto(`/topics/retention/?policies=${a!.slug},${b!.slug}`);
  await expect(page.locator('[data-columns] > [data-column]:visible')).toHaveCount(2);
  const grid = (await page.locator('[data-columns]').boundingBox())!;
  const first = (await column(page, a!.organization).boundingBox())!;
  const second = (await column(page, b!.organization).boundingBox())!;
  expect(second.y).toBe(first.y);
  expect(second.x).toBeGreaterThan(first.x + first.width);
  // Each takes about half the row, not a quarter with half the row left empty.
  expect(first.width + second.width).toBeGreaterThan(grid.width * 0.9);
  await context.close();
});

test('without JavaScript every policy shows; on a phone the names stay in view and nothing scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const c = await load(page);
  const topic = c.topics.find((t) => c.policies.some((p) => expectedOn(p, t.slug).length > 0))!;
  await page.goto(`/topics/${topic.slug}/?policies=${c.policies[0]!.slug}`);
  await expect(page.locator('[data-columns] > [data-column]:visible')).toHaveCount(Math.min(c.policies.length, 8));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // Scroll into the middle of the longest column: its policy name is still on screen.
  const longest = c.policies.reduce((a, b) => (expectedOn(b, topic.slug).length > expectedOn(a, topic.slug).length ? b : a));
  const col = column(page, longest.organization);
  const box = (await col.boundingBox())!;
  await page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
  await expect(col.getByRole('heading', { level: 2, name: longest.organization })).toBeInViewport();

  await page.goto('/compare/');
  await expect(page.getByRole('region', { name: c.topics[0]!.label, exact: true }).locator('[data-column]:visible')).toHaveCount(Math.min(c.policies.length, 4));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`home, topics and comparison pages pass axe (WCAG 2 AA) in ${colorScheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const c = await load(page);
    for (const path of ['/', '/topics/', '/topics/retention/', `/compare/?policies=${c.policies[0]!.slug},${c.policies[1]!.slug}`]) {
      await page.goto(path);
      await page.locator('[data-compare-root][data-ready]').or(page.locator('h1')).first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
    await context.close();
  });
}

test('on a phone the matrix keeps the names in view and leaves room for the topics beside them', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const c = await load(page);
  await page.goto('/');
  const region = page.getByRole('region', { name: /Policies and topics/ });
  await region.scrollIntoViewIfNeeded();
  // Scroll the matrix sideways, past the date and size columns, to the topics.
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth / 2));
  const view = (await region.boundingBox())!;
  const names = page.getByRole('rowheader');
  const widest = Math.max(...(await names.evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width))));
  expect(widest, 'the sticky names column takes at most 45% of a phone screen').toBeLessThanOrEqual(view.width * 0.45);
  const first = c.policies[0]!;
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader').getByRole('link', { name: first.organization, exact: true }) });
  await expect(row.getByRole('rowheader').getByRole('link', { name: first.organization, exact: true })).toBeInViewport();
  // Beside the names there is room for at least two whole topic columns.
  const name = (await row.getByRole('rowheader').boundingBox())!;
  const cell = (await row.locator('td[data-topic]').first().boundingBox())!;
  expect(view.x + view.width - (name.x + name.width), 'room beside the names').toBeGreaterThanOrEqual(2 * cell.width);
  await context.close();
});

/**
 * Opens the comparison of the first two policies at `width` x `height` and scrolls to the middle of its
 * tallest cell (which must be taller than the screen); returns that cell and the topic heading of its row.
 */
async function readTallestCell(browser: Browser, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const c = await load(page);
  const [a, b] = c.policies;
  await page.goto(`/compare/?policies=${a!.slug},${b!.slug}`);
  await page.locator('[data-compare-root][data-ready]').waitFor();
  const tallest = await page.locator('.compare-cell:visible').evaluateAll((cells) => {
    const heights = cells.map((cell) => cell.getBoundingClientRect().height);
    const i = heights.indexOf(Math.max(...heights));
    cells.forEach((cell, k) => cell.toggleAttribute('data-tallest', k === i));
    return heights[i]!;
  });
  expect(tallest, 'a cell taller than the screen').toBeGreaterThan(height);
  const cell = page.locator('.compare-cell[data-tallest]');
  const box = (await cell.boundingBox())!;
  await page.evaluate((y) => window.scrollTo(0, window.scrollY + y), box.y + box.height / 2);
  const topic = page.locator('section[data-topic-row]').filter({ has: cell }).getByRole('heading', { level: 2 });
  return { context, page, first: a!, cell, topic };
}

test('on a phone the comparison keeps both the topic and the policy name in view while reading a cell', async ({ browser }) => {
  const { context, cell, topic } = await readTallestCell(browser, 375, 740);
  const name = cell.getByRole('heading', { level: 3 });
  await expect(topic).toBeInViewport();
  await expect(name).toBeInViewport();
  const topicBox = (await topic.boundingBox())!;
  const nameBox = (await name.boundingBox())!;
  expect(nameBox.y, 'the policy name sits below the topic, not under it').toBeGreaterThanOrEqual(topicBox.y + topicBox.height - 1);
  await context.close();
});

test('on a phone /topics/ shows every count beside its topic without scrolling sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const c = await load(page);
  await page.goto('/topics/');
  const table = page.getByRole('table');
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth), 'the table scrolls sideways').toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  for (const topic of c.topics) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: topic.label, exact: true }) });
    const cells = await row.getByRole('cell').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
    expect(Math.max(...cells), `${topic.slug}: counts within the screen`).toBeLessThanOrEqual(375);
  }
  await context.close();
});

test('on a wide screen the comparison keeps the names row and, below it, the topic in view while reading a cell', async ({ browser }) => {
  const { context, page, first, topic } = await readTallestCell(browser, 1280, 720);
  const names = page.locator('[data-columns=""]');
  await expect(names.getByText(first.organization, { exact: true })).toBeInViewport();
  await expect(topic).toBeInViewport();
  const below = async () => {
    const namesBox = (await names.boundingBox())!;
    const topicBox = (await topic.boundingBox())!;
    return topicBox.y - (namesBox.y + namesBox.height);
  };
  expect(await below(), 'the topic sits below the names row, not under it').toBeGreaterThanOrEqual(-1);
  expect(await below(), 'and right below it').toBeLessThanOrEqual(1);
  // A long name wraps (nothing is cut short), and the topic moves down with the names row.
  await names.locator('[data-column]:visible [data-slot="org"]').first().evaluate((el) => (el.textContent = 'The Board of Trustees of a Very Long Organization Name, Incorporated, Trading as Its Even Longer Subsidiary Holding Company Name'));
  await expect.poll(below).toBeGreaterThanOrEqual(-1);
  expect(await below()).toBeLessThanOrEqual(1);
  expect((await names.boundingBox())!.height, 'the names row grew to two lines or more').toBeGreaterThan(50);
  await context.close();
});

test('on a wide topic page the names above a row of columns line up when one takes more lines', async ({ page }) => {
  const c = await load(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/topics/${c.topics[0]!.slug}/`);
  const headers = page.locator('[data-columns] > [data-column] > header');
  // One policy's title made long enough to take three lines.
  await headers.first().locator('[data-slot="title"]').evaluate((el) => (el.textContent = 'Privacy Notice for Customers, Website Visitors, Job Applicants and Business Contacts in Every Region'));
  const boxes = await headers.evaluateAll((all) => all.map((h) => h.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), bottom: Math.round(r.bottom) })));
  const firstRow = boxes.filter((b) => b.top === boxes[0]!.top);
  expect(firstRow.length, 'several columns side by side').toBeGreaterThan(1);
  expect(new Set(firstRow.map((b) => b.bottom)).size, JSON.stringify(firstRow)).toBe(1);
});
