import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface IndexPolicy {
  slug: string;
  organization: string;
  path: string;
  json: string;
  section_count: number;
  words: number;
}
interface PolicyDocument {
  slug: string;
  sections: {
    id: string;
    heading: string;
    level: number;
    path: string;
    text: string;
    words: number;
    topics: string[];
    topic_details: { topic: string; evidence: string[] }[];
  }[];
}

interface ExportIndex {
  policies: IndexPolicy[];
  topics: { slug: string; label: string }[];
}

async function loadExportIndex(page: Page): Promise<ExportIndex> {
  const response = await page.request.get('/api/v1/policies.json');
  expect(response.ok()).toBe(true);
  const index = (await response.json()) as ExportIndex;
  expect(index.policies.length).toBeGreaterThan(0);
  return index;
}

const loadIndex = async (page: Page): Promise<IndexPolicy[]> => (await loadExportIndex(page)).policies;

test('the home page lists every policy with its sections and links to it', async ({ page }) => {
  const policies = await loadIndex(page);
  await page.goto('/');
  const table = page.getByRole('table');
  for (const policy of policies) {
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: policy.organization, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(policy.section_count));
    await expect(row.getByRole('cell').nth(2)).toHaveText(new RegExp(`^\\s*${policy.words.toLocaleString('en-US')}\\s*\\d+ min read\\s*$`));
  }
  await page.getByRole('link', { name: policies[0]!.organization, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${policies[0]!.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every policy page renders every section with its id, a table of contents and a section link', async ({ page }) => {
  for (const policy of await loadIndex(page)) {
    const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
    await page.goto(policy.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc.getByRole('link')).toHaveCount(doc.sections.length);
    for (const section of doc.sections) {
      const heading = page.locator(`[id="${section.id}"]`);
      await expect(heading, `${policy.slug}#${section.id}`).toHaveCount(1);
      await expect(heading).toHaveText(section.heading);
      expect(await heading.evaluate((el) => el.tagName)).toBe(`H${Math.min(section.level, 6)}`);
      await expect(page.locator(`a.section-link[href="#${section.id}"]`)).toHaveCount(1);
    }
  }
});

test('the top of a policy page lists its topics, each opening its first section on the topic, and the topics it never addresses', async ({ page }) => {
  const { policies, topics } = await loadExportIndex(page);
  for (const policy of policies) {
    const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
    await page.goto(policy.path);
    const row = page.locator('[data-policy-topics]');
    const links = row.getByRole('link');
    const named = await links.allTextContents();
    expect(named.length, policy.slug).toBeGreaterThan(0);
    for (const [i, label] of named.entries()) {
      const topic = topics.find((t) => t.label === label)!;
      const id = decodeURIComponent((await links.nth(i).getAttribute('href'))!.replace(/^#/, ''));
      const section = doc.sections.find((s) => s.id === id);
      expect(section?.topics, `${policy.slug}: ${label} opens a section on it`).toContain(topic.slug);
    }
    // Every topic but "other" is either listed or named as not addressed, and silence matches the export.
    const silent = topics.filter((t) => t.slug !== 'other' && !doc.sections.some((s) => s.topics.includes(t.slug)));
    expect([...named].sort()).toEqual(topics.filter((t) => t.slug !== 'other' && !silent.includes(t)).map((t) => t.label).sort());
    if (silent.length > 0) await expect(page.locator('dd[data-silent]')).toHaveText(silent.map((t) => t.label).join(', '));
    else await expect(page.locator('dd[data-silent]')).toHaveCount(0);
  }
  // A topic link lands on its section.
  await page.goto(policies[0]!.path);
  const first = page.locator('[data-policy-topics]').getByRole('link').first();
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expectLandedOn(page, decodeURIComponent(href.slice(1)));
});

/** The section of the heading that is the URL's target: it must be in view and visibly marked. */
async function expectLandedOn(page: Page, id: string) {
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const marked = await heading.evaluate((el) => {
    const section = el.closest('section')!;
    return { target: el.matches(':target'), background: getComputedStyle(section).backgroundColor };
  });
  expect(marked.target).toBe(true);
  expect(marked.background).not.toBe('rgba(0, 0, 0, 0)');
}

test('every table-of-contents link lands on its section, which is marked', async ({ page }) => {
  for (const policy of await loadIndex(page)) {
    const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
    await page.goto(policy.path);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    for (const section of doc.sections) {
      await toc.locator(`a[href="#${section.id}"]`).click();
      await expectLandedOn(page, section.id);
    }
  }
});

test('every section link and every exported path opens its section from a fresh load', async ({ page }) => {
  for (const policy of await loadIndex(page)) {
    const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
    await page.goto(policy.path);
    for (const section of doc.sections.slice(-3)) {
      await page.locator(`a.section-link[href="#${section.id}"]`).click();
      await expectLandedOn(page, section.id);
    }
    for (const section of doc.sections) {
      await page.goto(section.path);
      await expectLandedOn(page, section.id);
    }
  }
});

test('a link to a section the policy does not have says so, names it and opens the contents; a link that exists shows no notice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/policies/influxis/#data-retention-2019');
  const notice = page.getByRole('status').filter({ hasText: 'This policy has no section' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('code')).toHaveText('#data-retention-2019');
  await expect(page.locator('#policy-contents')).not.toHaveAttribute('open', /.*/);
  await notice.getByRole('link', { name: 'contents' }).click();
  await expect(page.locator('#policy-contents')).toHaveAttribute('open', '');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('#missing-section').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => v.id), colorScheme).toEqual([]);
  }
  // Following a section that exists takes the notice away; so does arriving with one, or with none.
  await page.locator('#policy-contents a.toc-link').first().click();
  await expect(notice).toBeHidden();
  for (const address of ['/policies/influxis/#user-choice', '/policies/influxis/']) {
    await page.goto(address);
    await expect(page.locator('#missing-section')).toBeHidden();
  }
});

test('a section link also copies the section\'s address and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const [policy] = await loadIndex(page);
  const doc = (await (await page.request.get(policy!.json)).json()) as PolicyDocument;
  const section = doc.sections[1]!;
  await page.goto(policy!.path);
  const notice = page.getByRole('status');
  await expect(notice).toBeEmpty();
  // From the keyboard, as a reader tabbing to the "#" beside the heading would.
  await page.getByRole('link', { name: `Link to section: ${section.heading}` }).focus();
  await page.keyboard.press('Enter');
  await expectLandedOn(page, section.id);
  await expect(notice).toHaveText(`Copied the link to “${section.heading}”`);
  await expect(notice).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(section.path, baseURL).href);
  // The notice goes away by itself.
  await expect(notice).toBeEmpty({ timeout: 6000 });
  await context.close();
});

/** Rough lightness 0..1 of a computed colour (Tailwind 4 colours compute to oklch). */
function lightness(color: string): number {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  if (color.startsWith('oklch')) return numbers[0]! > 1 ? numbers[0]! / 100 : numbers[0]!;
  return (numbers[0]! + numbers[1]! + numbers[2]!) / 765;
}

test('policy pages work without JavaScript, on a phone and in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
  const page = await context.newPage();
  for (const policy of await loadIndex(page)) {
    await page.goto(policy.path);
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(layout.overflow, `${policy.slug} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    expect(lightness(layout.background), `dark background in dark mode (${layout.background})`).toBeLessThan(0.3);
  }
  await context.close();
});

test('on a phone the contents fold under their heading and open from the keyboard; from lg they always show', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const policy = (await loadIndex(page)).reduce((a, b) => (b.section_count > a.section_count ? b : a));
  const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
  await page.goto(policy.path);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  const summary = toc.locator('summary');
  await expect(summary).toHaveText(`Contents (${doc.sections.length} sections)`);
  await expect(toc.getByRole('link')).toHaveCount(0);
  // Folded, the contents take a line: the policy's first section starts within the second screen.
  const first = page.locator(`[id="${doc.sections[0]!.id}"]`);
  expect((await first.boundingBox())!.y).toBeLessThan(2 * 740);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(toc.getByRole('link')).toHaveCount(doc.sections.length);
  const last = doc.sections.at(-1)!;
  await toc.locator(`a[href="#${last.id}"]`).click();
  await expectLandedOn(page, last.id);
  // Wider than lg the contents sit beside the policy, open, and a click on their heading does not fold them.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(policy.path);
  await expect(toc.getByRole('link')).toHaveCount(doc.sections.length);
  await summary.click();
  await expect(toc.getByRole('link')).toHaveCount(doc.sections.length);
  await expect(summary).toHaveText('Contents', { useInnerText: true });
  await context.close();
  // Without JavaScript the stylesheet alone shows them from lg.
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const plain = await noScript.newPage();
  await plain.goto(policy.path);
  await expect(plain.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(doc.sections.length);
  await noScript.close();
});

test('the JSON export lists each section with id, heading, level, text, words, topics and path', async ({ page }) => {
  for (const policy of await loadIndex(page)) {
    const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
    expect(doc.sections.length).toBe(policy.section_count);
    for (const section of doc.sections) {
      expect(section.path).toBe(`${policy.path}#${section.id}`);
      expect(typeof section.text).toBe('string');
      expect(section.words).toBeGreaterThanOrEqual(0);
      expect(section.topics.length).toBeGreaterThan(0);
    }
    expect(new Set(doc.sections.map((s) => s.id)).size).toBe(doc.sections.length);
  }
});

test('each section says why it got its topics, quoting its strongest matched terms, and its permanent link is named after it', async ({ page }) => {
  const index = await loadExportIndex(page);
  const labels = new Map(index.topics.map((t) => [t.slug, t.label]));
  const policy = index.policies[0]!;
  const doc = (await (await page.request.get(policy.json)).json()) as PolicyDocument;
  await page.goto(policy.path);
  for (const section of doc.sections.slice(0, 6)) {
    const region = page.locator('section', { has: page.locator(`[id="${section.id}"]`) });
    await expect(page.getByRole('link', { name: `Link to section: ${section.heading}`, exact: true })).toHaveAttribute('href', `#${section.id}`);
    const why = region.getByText('Why these topics?', { exact: true });
    await why.click();
    const lines = region.locator('details li');
    await expect(lines).toHaveCount(section.topic_details.length);
    for (const [i, detail] of section.topic_details.entries()) {
      const line = lines.nth(i);
      await expect(line).toContainText(labels.get(detail.topic)!);
      const quoted = await line.locator('q').allTextContents();
      // The strongest terms, in order, each quoted from the section (its heading or its text).
      expect(quoted).toEqual(detail.evidence.slice(0, 3));
      for (const term of quoted) expect(`${section.heading}\n${section.text}`.toLowerCase()).toContain(term);
    }
  }
});

test('printing a policy or a topic keeps the reading and leaves out the controls', async ({ page }) => {
  const [policy] = await loadIndex(page);
  const doc = (await (await page.request.get(policy!.json)).json()) as PolicyDocument;
  const section = doc.sections.at(-1)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(policy!.path);
  const controls = [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('search'),
    page.getByRole('navigation', { name: 'Contents' }),
    page.getByRole('link', { name: `Link to section: ${section.heading}`, exact: true }),
    page.getByText('Why these topics?').first(),
  ];
  // On screen, every control shows; in print, none does, and the policy does.
  for (const control of controls) await expect(control).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(`[id="${section.id}"]`)).toBeVisible();
  await expect(page.locator('section', { has: page.locator(`[id="${section.id}"]`) }).getByRole('list', { name: 'Topics' })).toBeVisible();
  expect((await page.pdf()).byteLength).toBeGreaterThan(1000);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/topics/retention/');
  const picker = page.getByRole('group', { name: /Policies to show/ });
  const names = page.locator('[data-column] header').first();
  await expect(picker).toBeVisible();
  expect(await names.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await page.emulateMedia({ media: 'print' });
  await expect(picker).toBeHidden();
  await expect(names).toBeVisible();
  expect(await names.evaluate((el) => getComputedStyle(el).position)).toBe('static');
});
