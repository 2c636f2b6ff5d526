import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const browser = findBrowser();

/** End-to-end tests run against the built site (`npm run build`) served by `astro preview`. */
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
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
