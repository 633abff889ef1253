import type { StepProblems } from '../../scene-kind';

/**
 * A map step names its view; it shows no timeline event and no imagery. Its areas of control must
 * agree with its own date: a map dated December 5 cannot show the areas of December 8.
 */
export const stepProblems: StepProblems = (props, choices, invalid) => {
  const problems: string[] = [];
  if (props['imagery'])
    problems.push(
      `imagery: got "${props['imagery']}", but only an apron block draws imagery; expected it in <Scrolly graphic="apron">, or leave it out`,
    );
  if (!props['view'])
    problems.push(
      `view: got nothing (the field is missing); expected a view id from content/data/views.json: ${choices.views.join(', ')}`,
    );
  if (props['event'])
    problems.push(
      'event: not shown on a map; expected it only in a timeline block (<Scrolly graphic="timeline">)',
    );
  if (invalid.has('date') || invalid.has('control')) return problems;
  const snapshot = choices.snapshots.find((candidate) => candidate.id === props['control']);
  if (!snapshot) return problems;
  const date = props['date'];
  const shown = snapshot.dateTo ? `${snapshot.date}/${snapshot.dateTo}` : snapshot.date;
  if (!date) {
    problems.push(
      `date: got nothing (the field is missing); expected the date the map shows, within the snapshot "${snapshot.id}" (${shown})`,
    );
    return problems;
  }
  const [from = '', to = from] = date.split('/');
  if (to < snapshot.date || from > (snapshot.dateTo ?? snapshot.date)) {
    const fits = choices.snapshots
      .filter((s) => !(to < s.date || from > (s.dateTo ?? s.date)))
      .map((s) => s.id);
    problems.push(
      `control: got "${snapshot.id}" (${shown}), which does not overlap the step's date ${date}; expected a snapshot of that date${fits.length ? ` (did you mean "${fits[0]}"?)` : ''}: ${choices.snapshots.map((s) => `${s.id} (${s.dateTo ? `${s.date}/${s.dateTo}` : s.date})`).join(', ')}`,
    );
  }
  return problems;
};
