/**
 * A disclosure that is folded on a small screen and always open from a breakpoint up, where the layout has room
 * for its content beside the page (the search filters, a policy's contents): open exactly while `query` matches,
 * and not foldable then. The stylesheet decides what shows without JavaScript; this keeps the `open` state, which
 * assistive technology announces, in step.
 */
export function openFrom(details: HTMLDetailsElement, query: string): void {
  const wide = matchMedia(query);
  const fit = () => {
    details.open = wide.matches;
  };
  fit();
  wide.addEventListener('change', fit);
  details.querySelector('summary')?.addEventListener('click', (event) => {
    if (wide.matches) event.preventDefault();
  });
}
