/** "/" focuses the search box, as on most sites with search; ignored while typing in a field. */
import { PAGE_IDS } from '../../lib/page-ids.ts';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.querySelector<HTMLInputElement>(`#search-query, #${PAGE_IDS.siteSearch}`);
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
