import type { StepChoices } from '../server/schemas/step';
import type { Provenance, Range, StepBase } from '../shared/step-state';

/** A `<Step>`'s props once the build has checked them (src/server/schemas/step.ts): what a kind builds its state from. */
export interface StepProps {
  id: string;
  view?: string | undefined;
  event?: string | undefined;
  highlight?: string[] | undefined;
  layers?: string[] | undefined;
  date?: Range<string> | undefined;
  status?: Provenance | undefined;
  sources?: string[] | undefined;
  route?: string | undefined;
  routeProgress?: Range<number> | undefined;
  notes?: string[] | undefined;
  control?: string | undefined;
  arrows?: string[] | undefined;
  imagery?: string | undefined;
  drawArrow?: string | undefined;
}

/**
 * What a scene kind provides to the engine, on both sides (src/scenes/registry.ts lists them):
 * how readers call it, how a step's props become its state, and how that state reads at a given
 * progress through the step.
 */
export interface SceneKind<S extends StepBase & { kind: string }, R> {
  /** How the graphic is named to readers (the step buttons, the text alternative's label). */
  name: string;
  /** The step's complete state, from its props as the build checked them. */
  fromProps(props: StepProps, base: StepBase): S;
  /** The state shown at `progress` (0 to 1) through the step: ranges resolved to one value. */
  resolve(state: S, progress: number): R;
  /** Whether the state changes with progress, so progress events matter for it. */
  isContinuous(state: S): boolean;
}

/**
 * What a step of one kind must say and must not say, beyond each prop's own check: a kind's
 * `server/step-props.ts` exports it as `stepProblems` (found by that path, as Scrolly.astro finds
 * templates). `props` are as written; `invalid` names those whose own check failed, so a
 * problem that follows from them (a date and a snapshot that do not overlap) waits for the fix.
 */
export type StepProblems = (
  props: Readonly<Record<string, string>>,
  choices: StepChoices,
  invalid: ReadonlySet<string>,
) => string[];
