import type { Graphic, StepChoices } from './step';

/**
 * What a step's areas of control must agree with: the step's own date (a map dated December 5
 * cannot show the areas of December 8), and a map to draw them on. Props are as written; each is
 * also checked alone by the step schema.
 */
export function controlProblems(
  graphic: Graphic,
  props: Record<string, string>,
  choices: StepChoices,
): string[] {
  const problems: string[] = [];
  const control = props['control'];
  // An apron block refuses every map prop itself (apronProblems in remark-story-components.ts).
  if (graphic === 'apron') return problems;
  if (graphic === 'timeline') {
    for (const name of ['control', 'arrows', 'drawArrow'] as const) {
      if (props[name])
        problems.push(
          `${name}: got "${props[name]}", but a timeline block has no map; leave "${name}" out`,
        );
    }
    return problems;
  }
  const snapshot = choices.snapshots.find((candidate) => candidate.id === control);
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
}
