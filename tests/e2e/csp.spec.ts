import { test, expect } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
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

test('on a host that sends no headers (GitHub Pages), each page still carries the policy: nothing from another site loads, no inline script runs', async ({ page }) => {
  const server = await serveStatic('dist');
  try {
    for (const { path, ready, status = 200 } of PAGE_TYPES) {
      const response = await page.goto(server.url + path.replace(/^\//, ''));
      expect(response!.status(), path).toBe(status);
      expect(response!.headers()['content-security-policy'], 'no header from this host').toBeUndefined();
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY);
      if (ready) await page.locator(ready).first().waitFor();
    }
    await page.goto(`${server.url}policies/influxis/`);
    const blocked = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.gif';
      document.body.append(image);
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { seen, inlineRan: (window as unknown as { inlineRan?: boolean }).inlineRan ?? false };
    });
    expect(blocked.inlineRan).toBe(false);
    expect(blocked.seen).toEqual(expect.arrayContaining(['img-src', 'script-src-elem']));
    // The site itself works under it: search runs and opens the section.
    await page.goto(`${server.url}search/?q=retention`);
    await page.locator('#search-results > li h3 a').first().click();
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
  } finally {
    await server.close();
  }
});
