import type { StepProblems } from '../../scene-kind';

/** The props of other kinds' graphics, which an apron does not draw. */
const notDrawn = [
  'view',
  'layers',
  'highlight',
  'event',
  'route',
  'routeProgress',
  'notes',
  'control',
  'arrows',
  'drawArrow',
] as const;

/**
 * An apron step draws the aircraft one satellite image counted, on the runway of the site it
 * shows: it names the imagery, whose site needs its runway figures; it shows no map or timeline.
 */
export const stepProblems: StepProblems = (props, choices) => {
  const problems: string[] = [];
  for (const name of notDrawn) {
    if (props[name])
      problems.push(
        `${name}: got "${props[name]}", but an apron block draws no map or timeline; leave "${name}" out`,
      );
  }
  const id = props['imagery'];
  const ids = (choices.imagery ?? []).map((entry) => entry.id);
  if (!id) {
    problems.push(
      `imagery: got nothing (the field is missing); expected the imagery whose aircraft this step draws, an id from content/data/imagery.json: ${ids.join(', ') || '(none defined yet)'}`,
    );
    return problems;
  }
  const place = choices.imagery?.find((entry) => entry.id === id)?.place;
  if (place && !choices.airfieldPlaces?.includes(place)) {
    problems.push(
      `imagery: got "${id}", of the site "${place}", which has no runway figures; expected an entry in content/data/airfields.json with "place": "${place}" and its runway's length and width, each with a source`,
    );
  }
  return problems;
};
