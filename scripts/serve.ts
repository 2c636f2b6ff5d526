/**
 * Serves a built site the way a static host would, with its `_headers` applied:
 *   node scripts/serve.ts [--dir dist] [--port 4329] [--base /]
 * Used by the browser tests; `npm run preview` is the everyday way to look at a build.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const USAGE = 'usage: node scripts/serve.ts [--dir dist] [--port 4329] [--base /]';
let values;
try {
  ({ values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4329' }, base: { type: 'string', default: '/' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got "${values.port}"\n${USAGE}`);
  process.exit(2);
}
const dir = path.resolve(values.dir);
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`);
  process.exit(1);
}
const server = await serveStatic(dir, { base: values.base, port, hostHeaders: existsSync(path.join(dir, '_headers')) });
console.log(`Serving ${values.dir}/ at ${server.url}`);
