/**
 * The comparison's names row sticks at the top and its row topics just below it (from md). The row is one
 * line tall, or more when a long name wraps: this keeps `data-name-lines` on the comparison equal to its
 * number of lines (1 to 4), and base.css places the row topics by it. An attribute, not a style, so the
 * page keeps its Content-Security-Policy without inline styles. Without JavaScript one line is assumed.
 */
/** Lines base.css has a place for (its [data-name-lines] rules). */
const MAX_NAME_LINES = 4;

export function followNameLines(root: HTMLElement | null): void {
  const row = root?.querySelector<HTMLElement>('[data-columns=""]');
  if (!root || !row) return;
  const update = () => {
    let lines = 1;
    for (const name of row.querySelectorAll<HTMLElement>('[data-column]:not([hidden])')) {
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
      if (lineHeight > 0) lines = Math.max(lines, Math.round(name.getBoundingClientRect().height / lineHeight));
    }
    root.dataset['nameLines'] = String(Math.min(lines, MAX_NAME_LINES));
  };
  new ResizeObserver(update).observe(row);
  update();
}
