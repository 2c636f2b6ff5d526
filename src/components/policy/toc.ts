/**
 * The policy page's contents (TableOfContents.astro): open from the lg breakpoint, where they sit beside the
 * policy and cannot be folded, and folded below it, where the reader opens them. Without JavaScript the
 * stylesheet shows them from lg all the same; this keeps the disclosure's state, which assistive technology
 * announces, in step with what is shown.
 */
const contents = document.getElementById('policy-contents');
if (contents instanceof HTMLDetailsElement) {
  /** Tailwind's lg breakpoint. */
  const wide = matchMedia('(min-width: 64rem)');
  const sync = () => {
    contents.open = wide.matches;
  };
  sync();
  wide.addEventListener('change', sync);
  contents.querySelector('summary')?.addEventListener('click', (event) => {
    if (wide.matches) event.preventDefault();
  });
}
