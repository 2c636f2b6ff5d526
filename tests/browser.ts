/**
 * Which Chromium the end-to-end tests drive. Playwright cannot download its own browser on
 * every machine (these build machines have no route to its CDN), so prefer a system Chromium
 * (Debian's `chromium` package, or CHROMIUM_PATH), and fall back to Playwright's own browser
 * where `npx playwright install chromium` has put one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a quiet headless browser that makes no request of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface BrowserChoice {
  readonly executablePath?: string;
  readonly description: string;
}

export function findBrowser(): BrowserChoice | null {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, description: `CHROMIUM_PATH (${fromEnv})` } : null;
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, description: `system Chromium (${system})` };
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { description: `Playwright's Chromium (${bundled})` };
  return null;
}

export const INSTALL_HELP = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium',
  "  any OS with Playwright's CDN reachable:  npx playwright install chromium",
  '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join('\n');
