import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const browser = findBrowser();

/**
 * End-to-end tests run against the built site (`npm run build`), served as a static host would
 * serve it, with the site's own `_headers` (Content-Security-Policy included) applied.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // The JSON report lets `npm test` print one closing count for all suites.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(browser?.executablePath ? { executablePath: browser.executablePath } : {}),
    },
  },
  webServer: {
    command: `node scripts/serve.ts --dir dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
