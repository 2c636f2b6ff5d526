/**
 * With many policies the picker lists only some, and the others are added by ID in a text field. This offers
 * every organization's name there as you type (a native datalist, filled from the JSON export's index the
 * first time the field is focused, so no page carries the whole list), and a policy chosen from the
 * suggestions is ticked into the list at once. Without JavaScript the field still takes IDs.
 */
import { apiIndexPath } from '../../lib/urls.ts';
import { listPolicy } from './selection.ts';

interface IndexEntry {
  readonly slug: string;
  readonly organization: string;
  readonly title: string;
}

export function suggestPolicies(form: HTMLFormElement): void {
  const field = form.querySelector<HTMLInputElement>('input[type="text"][name="policies"]');
  if (!field) return;
  const status = form.querySelector<HTMLElement>('[data-selection-status]');
  const names = new Map<string, IndexEntry>();
  const suggestions = document.createElement('datalist');
  suggestions.id = 'picker-suggestions';
  field.after(suggestions);
  field.setAttribute('list', suggestions.id);
  field.placeholder = 'Type a name or an ID';

  field.addEventListener(
    'focus',
    async () => {
      try {
        const response = await fetch(apiIndexPath());
        if (!response.ok) return;
        const index = (await response.json()) as { policies: IndexEntry[] };
        for (const policy of index.policies) {
          names.set(policy.slug, policy);
          suggestions.append(Object.assign(document.createElement('option'), { value: policy.slug, label: `${policy.organization} (${policy.title})` }));
        }
      } catch {
        // No suggestions; the field still takes IDs.
      }
    },
    { once: true },
  );

  // A suggestion chosen (not a slug being typed, which may be the start of a longer one): list it, ticked.
  field.addEventListener('input', (event) => {
    if (event instanceof InputEvent && event.inputType !== 'insertReplacementText') return;
    const policy = names.get(field.value.trim());
    if (!policy) return;
    listPolicy(form, policy.slug, policy.organization).checked = true;
    field.value = '';
    if (status) status.textContent = `Added ${policy.organization}. Press the button to show it.`;
  });
}
