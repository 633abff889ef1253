import type { Graphic } from '../../scenes/registry';
import type { StepProblems } from '../../scenes/scene-kind';
import type { StepChoices } from '../schemas/step';

/** Each scene kind's step checks, by the folder convention of src/scenes/registry.ts. */
const modules = import.meta.glob<{ stepProblems: StepProblems }>(
  '../../scenes/*/server/step-props.ts',
  { eager: true },
);

/** What a step must and must not say for its block's kind (src/scenes/<kind>/server/step-props.ts). */
export function kindProblems(
  graphic: Graphic,
  props: Readonly<Record<string, string>>,
  choices: StepChoices,
  invalid: ReadonlySet<string>,
): string[] {
  const path = `../../scenes/${graphic}/server/step-props.ts`;
  const check = modules[path]?.stepProblems;
  if (!check)
    throw new Error(
      `scene kind "${graphic}": expected its step checks at ${path.replace('../../', 'src/')}, exporting stepProblems`,
    );
  return check(props, choices, invalid);
}
