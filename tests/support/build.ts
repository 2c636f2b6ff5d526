/** Builds the site from another set of policies or with another base, into a temporary folder. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, with terminal colours removed. */
  readonly output: string;
  readonly outDir: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where test builds go; `npm test` empties it first. */
export const TEST_BUILDS = path.join(ROOT, '.cache/test-builds');

/**
 * A new folder for one build, inside the project. It must be: Astro writes a build's prerender
 * chunks to `<outDir>/.prerender/` only when the output is inside the working directory, and
 * otherwise to the project's shared `.astro/`, where builds running at once delete each other's.
 */
export function buildWorkDir(): string {
  mkdirSync(TEST_BUILDS, { recursive: true });
  return mkdtempSync(path.join(TEST_BUILDS, 'build-'));
}

export interface BuildOptions {
  readonly policiesDir: string;
  readonly base?: string;
  /** Folder for the output and Astro's cache; a new temporary one by default. Reuse it to build again from the cache. */
  readonly work?: string;
  /** `astro build --force` (as `npm run build`), which ignores the content cache. Default true. */
  readonly force?: boolean;
}

/**
 * A build that runs longer than this has hung: test builds take under a minute. Astro has been seen, rarely, to print
 * its error and then never exit, every thread waiting on a lock (native code at shutdown), which would stall the whole
 * test run.
 */
export const BUILD_TIMEOUT_MS = 240_000;

/**
 * Builds the site; a build that hangs is stopped and run once more (in the same folder, so a build from the cache
 * stays one), and a second hang fails the calling test with what the build printed.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const work = options.work ?? buildWorkDir();
  for (let attempt = 1; ; attempt++) {
    const { result, timedOut } = await runBuild(options, work);
    if (!timedOut) return result;
    const message = `astro build did not finish within ${BUILD_TIMEOUT_MS / 1000} s and was stopped (attempt ${attempt} of 2). It had printed:\n${result.output}`;
    if (attempt === 2) throw new Error(message);
    console.warn(`${message}\nBuilding again.`);
  }
}

function runBuild(options: BuildOptions, work: string): Promise<{ result: BuildResult; timedOut: boolean }> {
  const outDir = path.join(work, 'dist');
  const args = [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.force === false ? [] : ['--force'])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
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
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, BUILD_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ result: { status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir }, timedOut });
    });
  });
}
