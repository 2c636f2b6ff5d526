/**
 * The policy page's contents (TableOfContents.astro): folded below the lg breakpoint, where the reader opens them,
 * and open from it, where they sit beside the policy (base.css shows them there without JavaScript too).
 */
import { PAGE_IDS } from '../../lib/page-ids.ts';
import { openFrom } from '../shared/open-from.ts';

const contents = document.getElementById(PAGE_IDS.contents);
// Tailwind's lg breakpoint.
if (contents instanceof HTMLDetailsElement) openFrom(contents, '(min-width: 64rem)');
