/** Builds the site from another set of policies or with another base, into a temporary folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, with terminal colours removed. */
  readonly output: string;
  readonly outDir: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

export function buildSite(options: { policiesDir: string; base?: string }): Promise<BuildResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'privacy-compare-build-'));
  const outDir = path.join(work, 'dist');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        POLICIES_DIR: options.policiesDir,
        OUT_DIR: outDir,
        CACHE_DIR: path.join(work, 'cache'),
        ...(options.base ? { BASE: options.base } : {}),
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir }));
  });
}
