import { test, expect } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { PAGE_TYPES } from './pages.ts';

// The test server applies the site's own `_headers` file, as Netlify or Cloudflare Pages would.

test('the site works under its Content-Security-Policy, with no violation on any page', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const { path, ready, status = 200 } of PAGE_TYPES) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(status);
    expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response!.headers()['referrer-policy']).toBe('no-referrer');
    if (ready) await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    violations.push(...((await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])) as string[]).map((v) => `${path}: ${v}`));
  }
  // Search (WebAssembly in a worker) and the highlighter run under the policy.
  await page.goto('/search/?q=retention');
  await page.locator('#search-results > li h3 a').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('no inline script or style in any page type', async ({ page }) => {
  for (const { path } of PAGE_TYPES) {
    await page.goto(path);
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/json').length,
      styles: document.querySelectorAll('style').length,
      styleAttributes: document.querySelectorAll('[style]').length,
    }));
    expect(inline, path).toEqual({ scripts: 0, styles: 0, styleAttributes: 0 });
  }
});
