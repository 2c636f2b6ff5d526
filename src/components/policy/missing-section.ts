/**
 * A link to a section the policy does not have (shared before its heading was renamed, or mistyped) opens the
 * top of the page with nothing to say why. The page says so, names the fragment and points to the contents;
 * the notice goes as soon as the address names a section that exists.
 */
import { PAGE_IDS } from '../../lib/page-ids.ts';
import { fragmentId } from '../shared/fragment.ts';

const notice = document.getElementById(PAGE_IDS.missingSection);
const fragment = notice?.querySelector('[data-slot="fragment"]');

function check(): void {
  if (!notice || !fragment) return;
  const id = fragmentId();
  // "#top" is the top of any page; an empty fragment is no request.
  const missing = id !== '' && id !== 'top' && document.getElementById(id) === null;
  if (missing) fragment.textContent = `#${id}`;
  notice.hidden = !missing;
}

check();
addEventListener('hashchange', check);
// The notice's "contents" link opens them where they are folded (on a phone).
notice?.querySelector(`a[href="#${PAGE_IDS.contents}"]`)?.addEventListener('click', () => {
  const contents = document.getElementById(PAGE_IDS.contents);
  if (contents instanceof HTMLDetailsElement) contents.open = true;
});
