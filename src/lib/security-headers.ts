/**
 * HTTP headers the site is served with: a strict Content-Security-Policy it works under, and
 * headers that keep readers' browsing private. One source for the host configuration written at
 * build time (`_headers`) and for the test server that checks the site under it.
 */
import { normalizeBase } from './urls.ts';

/** Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and searches in a same-origin worker. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'browsing-topics=(), interest-cohort=(), camera=(), microphone=(), geolocation=()',
};

/** `_headers` for Netlify and Cloudflare Pages: every path under the base gets the headers. */
export function netlifyHeadersFile(base: string): string {
  const prefix = normalizeBase(base);
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `${prefix}*\n${lines.join('\n')}\n`;
}
