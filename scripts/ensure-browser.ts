/**
 * Makes sure the end-to-end tests (and the search benchmark) have a Chromium: on Debian as root
 * it installs the `chromium` package; anywhere else it says exactly what to run.
 * Run as a script, it exits non-zero when there is none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, INSTALL_HELP, type BrowserChoice } from '../tests/browser.ts';

/** The browser to use, installing Debian's chromium where possible; throws with what to run when there is none. */
export function ensureBrowser(): BrowserChoice {
  const found = findBrowser();
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log("e2e browser: none found; installing Debian's chromium (apt-get install -y chromium) ...");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      throw new Error(`Installing chromium failed.\n${INSTALL_HELP}`);
    }
    const installed = findBrowser();
    if (installed) return installed;
  }
  throw new Error(INSTALL_HELP);
}

if (import.meta.main) {
  try {
    console.log(`e2e browser: ${ensureBrowser().description}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
