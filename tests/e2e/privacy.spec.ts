import { test, expect } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

test('no page makes a third-party request, sets a cookie or writes to storage', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  for (const { path, ready } of PAGE_TYPES) {
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
    }));
    expect(storage, path).toEqual({ local: 0, session: 0, databases: 0, caches: 0, cookie: '' });
  }
  expect(await context.cookies()).toEqual([]);
  expect(foreign).toEqual([]);
});

test('fonts and icons are the system\'s or the site\'s own', async ({ page }) => {
  await page.goto('/policies/influxis/');
  const fonts = await page.evaluate(() => [...document.fonts].map((font) => font.family));
  expect(fonts).toEqual([]);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toMatch(/^\/[^/]/);
});
