/**
 * Marks the searched terms on a policy page reached from a search result
 * (`/policies/x/?highlight=retention#section`): in the target section, or the whole policy.
 */
import { HIGHLIGHT_PARAM, highlightPattern, highlightTerms } from '../../lib/highlight.ts';
import { fragmentId } from '../shared/fragment.ts';

/** Where a policy page holds the policy's words (PolicySection.astro). */
const POLICY_WORDS = '.section-title, .policy-text';

export function highlight(): number {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  if (!query) return 0;
  const pattern = highlightPattern(highlightTerms(query));
  if (!pattern) return 0;
  const id = fragmentId();
  const scope = (id && document.getElementById(id)?.closest('section')) || document.querySelector('article');
  if (!scope) return 0;
  // The policy's own words only: headings and text, not the topic chips, evidence or contents around them.
  const nodes: Text[] = [];
  for (const element of scope.querySelectorAll(POLICY_WORDS)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  }
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
      marked++;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return marked;
}

highlight();
