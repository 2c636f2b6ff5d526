import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGE_TYPES } from './pages.ts';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path, ready } of PAGE_TYPES) {
      test(`${name} page has no WCAG 2.1 AA or axe best-practice violations`, async ({ page }) => {
        await page.goto(path);
        if (ready) await page.locator(ready).first().waitFor();
        // Open every "Why these topics?" so their contents are checked too.
        for (const details of await page.locator('details').all()) await details.evaluate((el) => el.setAttribute('open', ''));
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`);
        expect(report, report.join('\n')).toEqual([]);
      });
    }
  });
}

test('a policy page has a handful of landmarks, not one per section; its sections are reached by their headings', async ({ page }) => {
  await page.goto('/policies/influxis/');
  const headings = await page.locator('main h2, main h3').count();
  expect(headings).toBeGreaterThan(10);
  // Landmarks as assistive technology computes them (a <header> inside a section is not a banner).
  const landmarks: string[] = [];
  for (const role of ['banner', 'navigation', 'search', 'main', 'complementary', 'contentinfo', 'region', 'form'] as const) {
    for (const element of await page.getByRole(role).all()) landmarks.push(`${role} ${(await element.getAttribute('aria-label')) ?? ''}`);
  }
  expect(landmarks.length, landmarks.join('\n')).toBeLessThanOrEqual(8);
});

test('keyboard: the skip link is the first stop, visible, and moves focus to the content', async ({ page }) => {
  await page.goto('/policies/influxis/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes into the content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('keyboard: focus is always visible', async ({ page }) => {
  await page.goto('/policies/influxis/');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), tag: document.activeElement!.tagName };
    });
    expect(outline.style, `focused ${outline.tag} has an outline`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test('keyboard: search is operable without a mouse', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('retention');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  // Tab to the first topic filter and tick it with the space bar.
  const retention = page.getByRole('checkbox', { name: /^Retention \d+$/ });
  await retention.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/topic=retention/);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(retention).toBeFocused();
  // The organization filters keep the keyboard focus too when the results change.
  const organization = page.getByRole('group', { name: 'Organization' }).getByRole('checkbox').first();
  await organization.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/org=/);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(organization).toBeFocused();
  await expect(organization).toBeChecked();
  // Tab on to the first result and follow it with Enter.
  const firstResult = page.locator('#search-results > li h3 a').first();
  await firstResult.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/policies\/[^/]+\/\?highlight=retention#/);
});

test('the main navigation marks where the reader is: the page itself ("page"), or the part of the site a page belongs to ("true")', async ({ page }) => {
  const expectCurrent = async (path: string, label: string, value: 'page' | 'true') => {
    await page.goto(path);
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    for (const link of await links.all()) {
      const name = (await link.textContent())!.trim();
      if (name === label) await expect(link, `${path}: ${name}`).toHaveAttribute('aria-current', value);
      else await expect(link, `${path}: ${name}`).not.toHaveAttribute('aria-current', /.*/);
    }
  };
  await expectCurrent('/', 'Policies', 'page');
  await expectCurrent('/policies/influxis/', 'Policies', 'true');
  await expectCurrent('/topics/', 'Topics', 'page');
  await expectCurrent('/topics/retention/', 'Topics', 'true');
  await expectCurrent('/compare/', 'Compare', 'page');
});

test('the search field shows its "/" shortcut where a keyboard can press it, and hides it once in use or on a touch screen', async ({ page, browser }) => {
  await page.goto('/topics/');
  const field = page.locator('#site-search');
  const hint = page.locator('.search-key');
  await expect(field).toHaveAttribute('aria-keyshortcuts', '/');
  await expect(hint).toBeVisible();
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await expect(hint).toBeHidden();
  await page.keyboard.type('retention');
  await page.locator('h1').click();
  await expect(hint, 'hidden while the field holds a query').toBeHidden();

  const phone = await browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
  const touch = await phone.newPage();
  await touch.goto('/topics/');
  await expect(touch.locator('#site-search')).toBeVisible();
  await expect(touch.locator('.search-key')).toBeHidden();
  await phone.close();
});
