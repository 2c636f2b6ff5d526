/**
 * HTTP headers the site is served with: a strict Content-Security-Policy it works under, and
 * headers that keep readers' browsing private. One source for the host configuration written at
 * build time (`_headers`) and for the test server that checks the site under it.
 */
import { normalizeBase } from './urls.ts';

/** Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and searches in a same-origin worker. */
const CSP_DIRECTIVES = [
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
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The same policy in each page's `<meta http-equiv>`, for hosts that send no headers of their own (GitHub Pages):
 * there too, a page loads nothing from another site and runs no inline script. Without `frame-ancestors`, which
 * browsers take only from a header (and warn about in a `<meta>`).
 */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');

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
