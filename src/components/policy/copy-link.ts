/**
 * A section's permanent link (the "#" beside its heading) also copies the section's address, ready to send
 * to a colleague. Following the link still puts the address in the address bar and scrolls to the section,
 * as it does without JavaScript; where the browser lets the page write to the clipboard, the address is
 * copied too and the page says so (#copy-status, a live region).
 */
import { PAGE_IDS } from '../../lib/page-ids.ts';
import { fragmentId } from '../shared/fragment.ts';
const notice = document.getElementById(PAGE_IDS.copyStatus);
let clearing: ReturnType<typeof setTimeout> | undefined;

document.addEventListener('click', (event) => {
  // A modified click opens a tab or a menu: the reader is not asking for a copy.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a.section-link') : null;
  if (!(link instanceof HTMLAnchorElement) || !notice || !navigator.clipboard) return;
  const heading = document.getElementById(fragmentId(link.hash))?.textContent?.trim() ?? '';
  navigator.clipboard.writeText(link.href).then(
    () => {
      notice.textContent = `Copied the link to “${heading}”`;
      clearTimeout(clearing);
      clearing = setTimeout(() => (notice.textContent = ''), 4000);
    },
    // No clipboard for this page: the address bar has the link.
    () => {},
  );
});

// A module (its names stay its own, not globals).
export {};
