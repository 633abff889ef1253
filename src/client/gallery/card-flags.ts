import { readingView } from '../scroll/reading-view';

/**
 * The gallery's phone previews flag a step whose card hides a place it names, or is cut off by
 * its band: the same check as the phone-reading test (tests/e2e/phone-reading.spec.ts), run on
 * each preview's own page once it has drawn its map.
 */
function flag(frame: HTMLIFrameElement): void {
  const doc = frame.contentDocument;
  const note = frame.closest('figure')?.querySelector<HTMLElement>('[data-card-flag]');
  const stepId = frame.dataset['step'];
  if (!doc || !note || !stepId) return;
  // The preview is inert (nothing in it to focus or press), which also keeps it out of hit testing.
  const content = doc.querySelector('[inert]');
  content?.removeAttribute('inert');
  const view = readingView(stepId, doc);
  content?.setAttribute('inert', '');
  if (!view) return;
  const problems = [
    ...(view.hidden.length > 0
      ? [`the card or the screen's edge hides ${view.hidden.join(', ')}`]
      : []),
    ...(view.unnamed.length > 0
      ? [`the map leaves the name off ${view.unnamed.join(', ')}: pick a closer view`]
      : []),
    ...(view.cardWhole ? [] : ['the card is cut off: shorten the step']),
  ];
  note.hidden = problems.length === 0;
  note.textContent = problems.length > 0 ? `On a phone, ${problems.join('; ')}.` : '';
  // A step the build already flagged (a check across files, data-cross-flag) stays flagged.
  const step = frame.closest('.gallery-step');
  step?.toggleAttribute(
    'data-flagged',
    problems.length > 0 || !!step.querySelector('[data-cross-flag]'),
  );
}

for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-card-check]')) {
  // After its map is fitted and its labels placed (the map's observer reports after load).
  frame.addEventListener('load', () => setTimeout(() => flag(frame), 800));
}
