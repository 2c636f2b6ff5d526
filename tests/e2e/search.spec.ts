import { test, expect, type Page } from '@playwright/test';

interface PolicyDocument {
  organization: string;
  sections: { id: string; path: string; topics: string[]; text: string }[];
}

/** Every policy of the JSON export. */
async function exportedPolicies(page: Page): Promise<PolicyDocument[]> {
  const index = (await (await page.request.get('/api/v1/policies.json')).json()) as { policies: { json: string }[] };
  return Promise.all(index.policies.map(async (entry) => (await (await page.request.get(entry.json)).json()) as PolicyDocument));
}

/** Every exported section's text, whitespace collapsed as in excerpts, by path. */
function sectionTexts(policies: readonly PolicyDocument[]): Map<string, string> {
  return new Map(policies.flatMap((doc) => doc.sections.map((section) => [section.path, section.text.replace(/\s+/g, ' ').trim()] as const)));
}

/** Policies whose export tags at least one section with the topic, and those sections' paths. */
function sectionsOnTopic(policies: readonly PolicyDocument[], topic: string): Map<string, string[]> {
  const byOrganization = new Map<string, string[]>();
  for (const doc of policies) {
    const paths = doc.sections.filter((s) => s.topics.includes(topic)).map((s) => s.path);
    if (paths.length > 0) byOrganization.set(doc.organization, paths);
  }
  return byOrganization;
}

/** Results on the page: organization, link path (without the highlight parameter) and topic labels. */
async function results(page: Page) {
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  const items = page.locator('#search-results > li');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((lis) =>
    lis.map((li) => {
      const link = li.querySelector('h3 a') as HTMLAnchorElement;
      const url = new URL(link.href);
      url.searchParams.delete('highlight');
      return {
        organization: li.querySelector('p')!.textContent!.trim(),
        path: url.pathname + url.search + url.hash,
        topics: [...li.querySelectorAll('[aria-label="Topics"] li')].map((chip) => chip.textContent!.trim()),
        marks: li.querySelectorAll('mark').length,
        title: link.textContent!.trim(),
        excerpt: li.querySelector('.search-excerpt')!.textContent!.trim(),
      };
    }),
  );
}

function trackProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1') && !request.url().startsWith('data:')) problems.push(`third-party request: ${request.url()}`);
  });
  return problems;
}

test('"retention" finds each policy\'s retention clause near the top, with the term marked', async ({ page }) => {
  const problems = trackProblems(page);
  const policies = await exportedPolicies(page);
  const expected = sectionsOnTopic(policies, 'retention');
  expect(expected.size, 'the content has retention clauses').toBeGreaterThan(0);

  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('retention');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=retention$/);
  await expect(page.locator('#search-status')).toContainText(/\d+ sections? found for “retention”/);

  const top = (await results(page)).slice(0, 10);
  for (const [organization, paths] of expected) {
    expect(
      top.some((result) => paths.includes(result.path)),
      `${organization}'s retention clause is among the first results: ${JSON.stringify(top.map((r) => r.path))}`,
    ).toBe(true);
  }
  expect(top.every((result) => result.marks > 0 || result.topics.includes('Retention'))).toBe(true);
  // Excerpts quote the policy: not the heading (the result's title) nor the topic labels the index adds.
  for (const result of top) {
    expect(result.excerpt.startsWith(`${result.title}.`), result.excerpt).toBe(false);
    expect(result.excerpt.endsWith(`${result.topics.join('. ')}.`), result.excerpt).toBe(false);
  }
  // An ellipsis stands where, and only where, the excerpt starts or stops inside its section.
  const texts = sectionTexts(policies);
  let cut = 0;
  for (const result of top) {
    const whole = texts.get(result.path)!;
    const quoted = result.excerpt.replace(/^… /, '').replace(/ …$/, '');
    expect(whole, result.path).toContain(quoted);
    expect(result.excerpt.startsWith('… '), result.excerpt).toBe(!whole.startsWith(quoted));
    expect(result.excerpt.endsWith(' …'), result.excerpt).toBe(!whole.endsWith(quoted));
    if (quoted !== whole) cut++;
  }
  expect(cut, 'some excerpt is a window of a longer section').toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('topic and organization filters narrow the results, show counts and live in the URL', async ({ page }) => {
  const problems = trackProblems(page);
  await page.goto('/search/?q=data');
  const before = await results(page);
  const retention = page.getByRole('checkbox', { name: /^Retention \d+$/ });
  await expect(retention).toBeVisible();
  const count = Number((await retention.locator('xpath=..').textContent())!.match(/(\d+)\s*$/)![1]);
  expect(count).toBeGreaterThan(0);
  await retention.check();
  await expect(page).toHaveURL(/[?&]topic=retention/);
  await expect(page.locator('#search-status')).toContainText(`${count} section`);
  const filtered = await results(page);
  expect(filtered.length).toBeLessThanOrEqual(before.length);
  expect(filtered.every((result) => result.topics.includes('Retention'))).toBe(true);

  // Combine with an organization.
  const organization = filtered[0]!.organization;
  await page.getByRole('group', { name: 'Organization' }).getByRole('checkbox', { name: new RegExp(`^${organization.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`) }).check();
  await expect(page).toHaveURL(/[?&]org=/);
  const both = await results(page);
  expect(both.every((result) => result.organization === organization && result.topics.includes('Retention'))).toBe(true);

  // The shared URL reloads to the same results.
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await expect(page.getByRole('checkbox', { name: /^Retention \d+$/ })).toBeChecked();
  expect(await results(page)).toEqual(both);
  expect(problems).toEqual([]);
});

test('on a phone the filters fold under "Filters" so the first result is in view, and say how many are on', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const problems = trackProblems(page);
  await page.goto('/search/?q=retention');
  await results(page);
  const retention = page.getByRole('checkbox', { name: /^Retention \d+$/ });
  await expect(retention).toBeHidden();
  await expect(page.locator('#search-results > li').first()).toBeInViewport();

  const summary = page.locator('#search-filters > summary');
  await expect(summary).toHaveText('Filters');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(retention).toBeVisible();
  await retention.check();
  await expect(page).toHaveURL(/[?&]topic=retention/);
  await expect(summary).toHaveText('Filters (1 on)');

  // A shared link with filters opens folded, saying so; on a wide screen they sit open beside the results.
  await page.reload();
  await results(page);
  await expect(summary).toHaveText('Filters (1 on)');
  await expect(retention).toBeHidden();
  await page.setViewportSize({ width: 1024, height: 740 });
  await expect(retention).toBeVisible();
  await expect(retention).toBeChecked();
  await expect(summary).toBeHidden();
  expect(problems).toEqual([]);
  await context.close();
});

test('typing fast ends on the results for the whole query, never on those of a word typed on the way', async ({ page }) => {
  const problems = trackProblems(page);
  await page.goto('/search/');
  await page.locator('#search-query').focus();
  await page.keyboard.type('third parties');
  await expect(page.locator('#search-status')).toContainText('for “third parties”');
  await expect(page).toHaveURL(/\?q=third\+parties$/);
  expect((await results(page)).length).toBeGreaterThan(0);
  // The marked words are the query's, not those of "th" or "third p" typed on the way.
  const marked = await page.locator('#search-results mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.every((word) => /^(third|parties|party)/i.test(word)), marked.join(', ')).toBe(true);
  expect(problems).toEqual([]);
});

test('a slow search says "Searching…" until its results arrive', async ({ page }) => {
  // The index chunks arrive slowly, as over a poor connection or from a large index.
  await page.route('**/pagefind/index/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/search/?q=retention');
  const status = page.locator('#search-status');
  await expect(status).toHaveText('Searching…');
  await expect(status).toContainText(/\d+ sections? found for “retention”/, { timeout: 10_000 });
  expect((await results(page)).length).toBeGreaterThan(0);
});

test('a result opens its section with the searched term marked', async ({ page }) => {
  await page.goto('/search/?q=retention');
  const first = page.locator('#search-results > li h3 a').first();
  const href = await first.getAttribute('href');
  const id = decodeURIComponent(href!.split('#')[1]!);
  await first.click();
  await expect(page).toHaveURL(/\?highlight=retention#/);
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const section = page.locator('section', { has: heading });
  await expect(section.locator('mark.search-hit').first()).toBeVisible();
  // The policy's words are marked, not the topic chips or evidence beside them.
  await expect(section.getByRole('list', { name: 'Topics' }).locator('mark')).toHaveCount(0);
  // Nothing outside the target section is marked.
  expect(await page.locator('mark.search-hit').count()).toBe(await section.locator('mark.search-hit').count());
});

test('a query that names a topic offers its side-by-side page, with how many policies address it', async ({ page }) => {
  const problems = trackProblems(page);
  const total = (await exportedPolicies(page)).length;
  await page.goto('/topics/');
  const addressed = (await page.locator('tr[data-topic="retention"] td').first().textContent())!.trim();

  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search all policies' });
  const offered = page.getByRole('list', { name: 'Topics of this search' });
  await expect(offered).toBeHidden();
  // No section has all these words, but the question is about retention.
  await box.fill('how long do you keep data');
  await expect(page.locator('#search-status')).toHaveText('No section contains every word of “how long do you keep data”. Try fewer words.');
  await expect(offered.getByRole('link')).toHaveText(['Retention, side by side']);
  await expect(offered).toContainText(`addressed by ${addressed} of ${total} policies`);

  // Each topic the query names, in the order it names them; none for a query that names none.
  await box.fill('third-party cookies');
  await expect(offered.getByRole('link')).toHaveText(['Sharing & disclosure, side by side', 'Cookies & tracking, side by side']);
  await box.fill('pizza');
  await expect(offered).toBeHidden();

  // Offered while the word is still being typed; the link opens the topic's comparison.
  await box.fill('');
  await box.pressSequentially('retent');
  await expect(offered.getByRole('link')).toHaveText(['Retention, side by side']);
  await offered.getByRole('link').click();
  await expect(page).toHaveURL(/\/topics\/retention\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Retention');
  expect(problems).toEqual([]);
});

test('empty, one-letter, punctuation and non-Latin queries give clear states without errors', async ({ page }) => {
  const problems = trackProblems(page);
  await page.goto('/search/');
  await expect(page.locator('#search-status')).toContainText('Type a word or phrase');
  const box = page.getByRole('searchbox', { name: 'Search all policies' });
  await box.fill('r');
  await expect(page.locator('#search-status')).toHaveText('Type at least two letters.');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  await box.fill('!!!');
  await expect(page.locator('#search-status')).toContainText('No sections match “!!!”');
  await box.fill('データ保護');
  await expect(page.locator('#search-status')).toContainText(/No sections match “データ保護”|found/);
  await box.fill('zzzyxq');
  await expect(page.locator('#search-status')).toContainText('No sections match “zzzyxq”. Try another word.');
  expect(problems).toEqual([]);
});

test('words no policy uses find nothing, not sections holding the start of them', async ({ page }) => {
  const problems = trackProblems(page);
  await page.goto('/search/?q=blockchain+tokens');
  // Pagefind alone would list the sections with "block" and "to".
  await expect(page.locator('#search-status')).toHaveText('No section contains “blockchain” or “tokens”. Try another word.');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  await expect(page.locator('#search-more')).toBeHidden();
  const box = page.getByRole('searchbox', { name: 'Search all policies' });
  await box.fill('retention blockchain');
  await expect(page.locator('#search-status')).toHaveText('No section contains “blockchain”. Try another word.');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  // Another form of a word the policies use still finds it, and a word typed halfway finds the whole word.
  for (const query of ['retained', 'retent']) {
    await box.fill(query);
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^\\d+ sections? found for “${query}”\\.$`));
    expect((await results(page)).length).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
});

test('without JavaScript the search page says so and points to the topic pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=retention');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.locator('#search-results')).toBeHidden();
  await context.close();
});
