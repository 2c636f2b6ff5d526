/**
 * Search benchmark: in a real browser against a built site, the bytes a first query moves over
 * the wire (budget 150 KB) and the time from a keystroke to rendered results once the index
 * chunks are cached (budget 100 ms). Prints medians.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, type BrowserChoice } from '../../tests/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { median } from './stats.ts';

export interface SearchBenchResult {
  /** Bytes over the wire from opening the search page to the first results (gzip where a host would). */
  readonly firstQueryBytes: number;
  /** Of which the search page itself (HTML, CSS, JS), the rest being Pagefind's files. */
  readonly firstQueryPageBytes: number;
  readonly firstQueryRequests: number;
  readonly keystrokeToResultsMs: number[];
  readonly medianMs: number;
}

/** Queries typed after the first: each a different word, so each is a real new search. */
const QUERIES = ['retention', 'third parties', 'cookies', 'children', 'security', 'delete', 'transfer', 'contact', 'opt out', 'changes', 'location', 'marketing'];

export async function runSearchBench(options: { dist: string; browser: BrowserChoice; base?: string; runs?: number }): Promise<SearchBenchResult> {
  const browserChoice = options.browser;
  const server = await serveStatic(options.dist, { base: options.base ?? '/' });
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(browserChoice.executablePath ? { executablePath: browserChoice.executablePath } : {}) });
  try {
    const page = await browser.newPage();
    // Count everything from opening the search page to the first results: the page, Pagefind's
    // script and WebAssembly, the index metadata, chunks and result fragments.
    // Playwright reports requests made by Pagefind's web worker too.
    let bytes = 0;
    let requests = 0;
    let pageBytes = 0;
    const urls: string[] = [];
    page.context().on('requestfinished', (request) => {
      void request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize;
        bytes += size;
        requests++;
        urls.push(`${size}\t${request.url()}`);
        if (!request.url().includes('/pagefind/')) pageBytes += size;
      });
    });
    await page.goto(`${server.url}search/`);
    await page.locator('#search-status').filter({ hasText: 'Type a word' }).waitFor();
    await page.locator('#search-query').fill('retention');
    await page.locator('#search-status').filter({ hasText: '“retention”' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    if (process.env['BENCH_VERBOSE']) console.log(urls.join('\n'));
    const firstQueryBytes = bytes;
    const firstQueryRequests = requests;
    const firstQueryPageBytes = pageBytes;

    // Warm every query once, so the timed runs measure a cached index.
    for (const query of QUERIES) {
      await page.locator('#search-query').fill(query);
      await page.locator('#search-status').filter({ hasText: `“${query}”` }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    const times: number[] = [];
    const runs = options.runs ?? 3;
    for (let run = 0; run < runs; run++) {
      for (const query of QUERIES) {
        await page.locator('#search-query').fill('');
        await page.locator('#search-status').filter({ hasText: 'Type a word' }).waitFor();
        // Type the last character as a keystroke and time until results are in the page.
        await page.locator('#search-query').fill(query.slice(0, -1));
        await page.waitForTimeout(250);
        const elapsed = await page.evaluate(
          (text) =>
            new Promise<number>((resolve) => {
              const status = document.getElementById('search-status')!;
              const input = document.getElementById('search-query') as HTMLInputElement;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (status.textContent?.includes(`“${text}”`)) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(status, { childList: true, characterData: true, subtree: true });
              input.value = text;
              input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1), inputType: 'insertText' }));
            }),
          query,
        );
        times.push(elapsed);
      }
    }
    return { firstQueryBytes, firstQueryPageBytes, firstQueryRequests, keystrokeToResultsMs: times, medianMs: median(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}
