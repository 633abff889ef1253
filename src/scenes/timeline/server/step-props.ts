import type { StepProblems } from '../../scene-kind';

/**
 * A timeline step says its date (the cursor), and no map view, layers or areas of control,
 * which it would not show. An event it names must happen within its dates, or the cursor and
 * the emphasised event would disagree.
 */
export const stepProblems: StepProblems = (props, choices, invalid) => {
  const problems: string[] = [];
  if (props['imagery'])
    problems.push(
      `imagery: got "${props['imagery']}", but only an apron block draws imagery; expected it in <Scrolly graphic="apron">, or leave it out`,
    );
  for (const name of ['view', 'layers'] as const) {
    if (props[name])
      problems.push(
        `${name}: got "${props[name]}", but a timeline block has no map; leave "${name}" out`,
      );
  }
  const date = props['date'];
  if (!date)
    problems.push(
      'date: got nothing (the field is missing); expected the date the timeline shows, as YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD',
    );
  const event = choices.events.find((candidate) => candidate.id === props['event']);
  if (event && date) {
    const [from = '', to = from] = date.split('/');
    const last = event.dateTo ?? event.date;
    if (event.date > to || last < from) {
      problems.push(
        `event: got "${event.id}" (${event.date}${event.dateTo ? `/${event.dateTo}` : ''}); expected an event that happens within the step's date ${date}`,
      );
    }
  }
  if (invalid.has('date') || invalid.has('control')) return problems;
  for (const name of ['control', 'arrows', 'drawArrow'] as const) {
    if (props[name])
      problems.push(
        `${name}: got "${props[name]}", but a timeline block has no map; leave "${name}" out`,
      );
  }
  return problems;
};
