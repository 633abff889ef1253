/**
 * The gallery's filter (browser): show one story, one block, or only the flagged steps. Without
 * JavaScript the form stays hidden and every step shows. The choice is kept in the address
 * (?story=...&block=...&flagged=1) so a proofreader can send a link to it.
 */
const form = document.querySelector<HTMLFormElement>('[data-gallery-filter]');

function apply(filter: HTMLFormElement): void {
  const data = new FormData(filter);
  const story = String(data.get('story') ?? '');
  const block = String(data.get('block') ?? '');
  const flagged = data.get('flagged') !== null;
  for (const option of filter.querySelectorAll<HTMLOptionElement>(
    'select[name="block"] option[data-story]',
  ))
    option.hidden = !!story && option.dataset['story'] !== story;
  for (const section of document.querySelectorAll<HTMLElement>('.gallery-story'))
    section.hidden = !!story && section.dataset['story'] !== story;
  for (const section of document.querySelectorAll<HTMLElement>('.gallery-block'))
    section.hidden = !!block && section.dataset['block'] !== block;
  for (const step of document.querySelectorAll<HTMLElement>('.gallery-step'))
    step.hidden = flagged && !step.hasAttribute('data-flagged');
  const params = new URLSearchParams();
  if (story) params.set('story', story);
  if (block) params.set('block', block);
  if (flagged) params.set('flagged', '1');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of ['story', 'block'] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && params.get(name)) select.value = params.get(name) ?? '';
  }
  const flagged = form.elements.namedItem('flagged') as HTMLInputElement | null;
  if (flagged) flagged.checked = params.get('flagged') === '1';
  form.hidden = false;
  form.addEventListener('change', () => apply(form));
  apply(form);
}
