/**
 * Makes sure the end-to-end tests have a Chromium: on Debian as root it installs the `chromium`
 * package; anywhere else it says exactly what to run. Exits non-zero when there is none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, INSTALL_HELP } from '../tests/browser.ts';

const found = findBrowser();
if (found) {
  console.log(`e2e browser: ${found.description}`);
  process.exit(0);
}

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log('e2e browser: none found; installing Debian\'s chromium (apt-get install -y chromium) ...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Installing chromium failed.\n${INSTALL_HELP}`);
    process.exit(1);
  }
  const installed = findBrowser();
  if (installed) {
    console.log(`e2e browser: ${installed.description}`);
    process.exit(0);
  }
}
console.error(INSTALL_HELP);
process.exit(1);
