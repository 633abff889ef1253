import { createElement, type ReactNode } from 'react';

/**
 * What the editor shows of a component inside the story's text, so that a journalist can tell
 * steps and citations apart without opening each one. Runs in the browser, in `astro dev` only.
 */
const summary = { margin: '0 0 0.4rem', fontSize: '0.8rem', color: '#5c5c66' } as const;

/** A step: its id, view, date and event above its words. */
export function StepView({
  value,
  children,
}: {
  value: { id: string; view: string; date: string; event: string };
  children: ReactNode;
}): ReactNode {
  const line = [
    value.id || '(no id yet: Edit)',
    value.view && `view ${value.view}`,
    value.date,
    value.event && `event ${value.event}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return createElement(
    'div',
    null,
    createElement('p', { style: summary, contentEditable: false }, line),
    children,
  );
}

/** A citation: its source's id, where the reader sees a number. */
export function CiteView({ value }: { value: { source: string } }): ReactNode {
  return createElement(
    'span',
    { style: { fontSize: '0.85em', color: '#1d4ed8' } },
    `[${value.source || 'pick a source'}]`,
  );
}
