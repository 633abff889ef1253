import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { dataPath, readEntries, readOptionalIds } from '../content/data-files';
import { crossCheckData, stepCrossWarnings, type CrossCheckData } from '../content/cross-checks';
import { mapLayers } from '../../scenes/map/place-layers';
import type { StepState } from '../../scenes/registry';
import { didYouMean } from '../schemas/did-you-mean';
import { readSnapshots } from '../schemas/read-snapshots';
import {
  graphics,
  stepWordLimit,
  stepPropsProblems,
  stepPropsSchema,
  stepStateFromProps,
  unknownSource,
  unlistedSource,
  type Graphic,
  type StepChoices,
} from '../schemas/step';
import { kindProblems } from './kind-checks';
import {
  firstWords,
  isJsxElement,
  readProps,
  setProp,
  walk,
  wordCount,
  type MdxNode,
} from './mdx-tree';

/**
 * Checks every story component in an MDX file at build time (and on each save in `astro dev`)
 * and hands each scrolly block its steps' states. A mistake stops the build with the file and
 * line, the component, the prop, the bad value and the valid choices.
 */

/** The props a journalist writes on each component other than <Step> (whose props are its schema's). */
const writtenProps = {
  AircraftCompare: [],
  AirliftEstimate: [],
  Cite: ['source'],
  Imagery: ['id'],
  Map: ['view', 'highlight'],
  Quote: ['by', 'source'],
  Scrolly: ['id', 'graphic'],
} as const satisfies Record<string, readonly string[]>;
const propsOf = (name: keyof typeof writtenProps): readonly string[] => writtenProps[name];

/** The components a story can use: the one list (`mdx-components.ts` must provide exactly these, the type check holds it). */
export const storyComponentNames = [
  ...(Object.keys(writtenProps) as (keyof typeof writtenProps)[]),
  'Step',
] as const;
export type StoryComponentName = (typeof storyComponentNames)[number];

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function readChoices(frontmatter: Record<string, unknown> | undefined): StepChoices {
  const sources = Array.isArray(frontmatter?.['sources'])
    ? (frontmatter['sources'] as unknown[]).map(String)
    : [];
  const snapshotsFile = dataPath('control/snapshots');
  const snapshots = existsSync(snapshotsFile) ? readSnapshots(snapshotsFile) : [];
  return {
    views: readOptionalIds('views'),
    places: readOptionalIds('places'),
    layers: mapLayers,
    sources,
    knownSources: readOptionalIds('sources'),
    routes: readOptionalIds('routes'),
    notes: readOptionalIds('base-notes'),
    events: readEventDays(),
    snapshots,
    thrusts: readOptionalIds('control/thrusts'),
    imagery: readSites('imagery'),
    airfieldPlaces: readSites('airfields').map((airfield) => airfield.place),
  };
}

/** The entries of a data file that name a site (`place`): imagery, airfields. Their collections validate the rest. */
function readSites(name: string): { id: string; place: string }[] {
  return readEntries(name).flatMap((entry) =>
    typeof entry['id'] === 'string' && typeof entry['place'] === 'string'
      ? [{ id: entry['id'], place: entry['place'] }]
      : [],
  );
}

/** The story is checked against the data files: a broken one is named as the thing to fix first. */
function readDataFor<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    // eslint-disable-next-line preserve-caught-error -- the message carries the cause's; a cause would print our stack under it
    throw new Error(
      `The story cannot be checked until a data file it uses is fixed:\n${(error as Error).message}`,
    );
  }
}

/** The events' ids and days; the events collection validates the file itself. */
function readEventDays(): StepChoices['events'] {
  return readEntries('events').flatMap(({ id, date, dateTo }) =>
    typeof id === 'string' && typeof date === 'string'
      ? [{ id, date, dateTo: typeof dateTo === 'string' ? dateTo : undefined }]
      : [],
  );
}

/** Warnings already printed in this build: one Set for the process, since the build loads this module more than once. */
const printedWarnings: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[
  Symbol.for('story.printed-warnings')
] ??= new Set<string>());
class ErrorList {
  readonly lines: string[] = [];
  /** Problems that do not stop the build: printed once the story has no mistakes. */
  readonly warnings: { line: string; key: string }[] = [];
  /** Where the first mistake is: Astro points its error overlay and "Location" there. */
  private first: { line: number; column: number } | undefined;
  constructor(private readonly file: string) {}

  add(node: MdxNode, where: string, problems: string[]): void {
    const start = node.position?.start;
    this.first ??= start ? { line: start.line, column: start.column } : undefined;
    this.lines.push(
      `${this.file}${start ? `:${start.line}` : ''} ${where}`,
      ...problems.map((problem) => `    ${problem}`),
    );
  }

  warn(node: MdxNode, text: string): void {
    const start = node.position?.start;
    this.warnings.push({
      line: `${this.file}${start ? `:${start.line}` : ''} ${text}`,
      key: `${this.file} ${text}`,
    });
  }

  throwIfAny(): void {
    if (this.lines.length === 0) {
      // The story is compiled more than once per build (the page, the embeds): each warning is
      // printed the first time, where the line numbers count from the file's top.
      for (const { line, key } of this.warnings) {
        if (printedWarnings.has(key)) continue;
        printedWarnings.add(key);
        console.warn(`Warning: ${line}`);
      }
      return;
    }
    throw Object.assign(
      new Error(`The story has mistakes:\n  ${this.lines.join('\n  ')}\n`),
      this.first ?? {},
    );
  }
}

/** Props the component does not have: a misspelt prop would otherwise be ignored without a word. */
function unknownProps(
  name: string,
  props: Record<string, string>,
  known: readonly string[],
): string[] {
  return Object.keys(props)
    .filter((prop) => !known.includes(prop))
    .map((prop) => {
      const guess = didYouMean(prop, known);
      return `${prop}: not a prop of <${name}>${guess ? ` (did you mean "${guess}"?)` : ''}; expected ${known.map((k) => `${k}="..."`).join(', ')}`;
    });
}

function checkSourceProp(node: MdxNode, choices: StepChoices, errors: ErrorList): void {
  const name = node.name === 'Quote' ? 'Quote' : 'Cite';
  const { props } = readProps(node);
  const typos = unknownProps(name, props, writtenProps[name]);
  if (typos.length > 0) errors.add(node, `<${name}>`, typos);
  const source = props['source'];
  if (!source) {
    errors.add(node, `<${name}>`, [
      `source: got nothing; expected a source id from the story's "sources": ${choices.sources.join(', ')}`,
    ]);
  } else if (choices.knownSources?.includes(source) && !choices.sources.includes(source)) {
    errors.add(node, `<${name} source="${source}">`, [`source: ${unlistedSource(source)}`]);
  } else if (choices.knownSources && !choices.knownSources.includes(source)) {
    errors.add(node, `<${name} source="${source}">`, [
      `source: ${unknownSource(source, choices.knownSources)}`,
    ]);
  } else if (!choices.sources.includes(source)) {
    const guess = didYouMean(source, choices.sources);
    errors.add(node, `<${name} source="${source}">`, [
      `source: got "${source}"${guess ? ` (did you mean "${guess}"?)` : ''}; expected a source id from the story's "sources" in the frontmatter: ${choices.sources.join(', ')}`,
    ]);
  }
  if (name === 'Quote' && !props['by'])
    errors.add(node, '<Quote>', ['by: got nothing; expected who said or wrote the quote']);
}

/** A static map in the text: `<Map view="coast" highlight="port_base" />`. */
function checkMap(node: MdxNode, choices: StepChoices, errors: ErrorList): void {
  const schema = stepPropsSchema(choices).pick({ view: true, highlight: true });
  const { props, expressions } = readProps(node);
  const problems = expressions.map(
    (name) =>
      `${name}: got an expression in {braces}; expected the value in quotes, e.g. ${name}="..."`,
  );
  problems.push(...unknownProps('Map', props, writtenProps.Map));
  if (!props['view'])
    problems.push(
      `view: got nothing (the field is missing); expected a view id from content/data/views.json: ${choices.views.join(', ')}`,
    );
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(props).filter(([prop]) => propsOf('Map').includes(prop))),
  );
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join('.') || 'props'}: ${issue.message}`);
  if (problems.length > 0)
    errors.add(node, `<Map${props['view'] ? ` view="${props['view']}"` : ''}>`, problems);
}

/**
 * The airlift figures: `<AircraftCompare />` and `<AirliftEstimate />` take no props (their data
 * is content/data/aircraft.json and airlift-estimate.json); `<Imagery id="..." />` names an entry
 * of content/data/imagery.json.
 */
function checkAirliftFigure(node: MdxNode, errors: ErrorList): void {
  const name = node.name ?? '';
  const { props, expressions } = readProps(node);
  const problems = expressions.map(
    (prop) =>
      `${prop}: got an expression in {braces}; expected the value in quotes, e.g. ${prop}="..."`,
  );
  const known = name === 'Imagery' ? propsOf('Imagery') : [];
  for (const prop of Object.keys(props)) {
    if (known.includes(prop)) continue;
    const guess = didYouMean(prop, known);
    problems.push(
      `${prop}: not a prop of <${name}>${guess ? ` (did you mean "${guess}"?)` : ''}; expected ${known.length ? known.map((k) => `${k}="..."`).join(', ') : 'no props (its figures come from content/data)'}`,
    );
  }
  if (name === 'Imagery') {
    const ids = readOptionalIds('imagery');
    const id = props['id'];
    if (!id)
      problems.push(
        `id: got nothing; expected an id from content/data/imagery.json: ${ids.join(', ')}`,
      );
    else if (!ids.includes(id)) {
      const guess = didYouMean(id, ids);
      problems.push(
        `id: got "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; expected an id from content/data/imagery.json: ${ids.join(', ')}`,
      );
    }
  }
  if (problems.length > 0)
    errors.add(node, `<${name}${props['id'] ? ` id="${props['id']}"` : ''}>`, problems);
}

function checkScrolly(
  scrolly: MdxNode,
  choices: StepChoices,
  errors: ErrorList,
  stepIds: Map<string, number>,
  blockIds: Map<string, number>,
  cross: () => CrossCheckData,
): void {
  const { props: scrollyProps } = readProps(scrolly);
  const { id: scrollyId, graphic: graphicProp } = scrollyProps;
  const where = `<Scrolly${scrollyId ? ` id="${scrollyId}"` : ''}>`;
  const typos = unknownProps('Scrolly', scrollyProps, writtenProps.Scrolly);
  if (typos.length > 0) errors.add(scrolly, where, typos);
  if (!scrollyId || !/^[a-z][a-z0-9-]*$/.test(scrollyId)) {
    errors.add(scrolly, where, [
      `id: got ${JSON.stringify(scrollyId ?? null)}; expected an id for the block, e.g. "advance" (lower case, digits, dashes)`,
    ]);
  } else if (blockIds.has(scrollyId)) {
    errors.add(scrolly, where, [
      `id: got "${scrollyId}", already used by the block on line ${blockIds.get(scrollyId)}; expected an id unique in the story`,
    ]);
  } else {
    blockIds.set(scrollyId, scrolly.position?.start.line ?? 0);
  }
  const known: readonly string[] = graphics;
  if (graphicProp !== undefined && !known.includes(graphicProp)) {
    const guess = didYouMean(graphicProp, graphics);
    errors.add(scrolly, where, [
      `graphic: got "${graphicProp}"${guess ? ` (did you mean "${guess}"?)` : ''}; expected one of: ${graphics.join(', ')} (leave it out for the map)`,
    ]);
    return;
  }
  const graphic = (graphicProp ?? 'map') as Graphic;
  const schema = stepPropsSchema(choices);
  const knownProps = Object.keys(schema.shape);
  const states: StepState[] = [];
  const children = (scrolly.children ?? []).filter(
    (child) => !(child.type === 'text' && String(child.value).trim() === ''),
  );
  children.forEach((child) => {
    if (!isJsxElement(child) || child.name !== 'Step') {
      errors.add(child, `${where}: inside a scrolly block`, [
        `got ${child.name ? `<${child.name}>` : `text "${firstWords(child)}"`}; expected only <Step> elements (put text inside a <Step>)`,
      ]);
      return;
    }
    const number = states.length + 1;
    const stepWhere = `${where} <Step> ${number} ("${firstWords(child) || 'no text'}")`;
    const { props, expressions } = readProps(child);
    const problems = expressions.map(
      (name) =>
        `${name}: got an expression in {braces}; expected the value in quotes, e.g. ${name}="..."`,
    );
    for (const name of Object.keys(props)) {
      if (knownProps.includes(name)) continue;
      const guess = didYouMean(name, knownProps);
      problems.push(
        `${name}: not a prop of <Step>${guess ? ` (did you mean "${guess}"?)` : ''}; expected one of: ${knownProps.join(', ')}`,
      );
      delete props[name];
    }
    if (firstWords(child) === '')
      problems.push('text: got no text; expected the words the reader reads at this step');
    // Each prop's own mistakes first (a malformed date), then what follows from them across props
    // (a snapshot that does not overlap that date), which a fixed date may clear.
    const parsed = schema.safeParse(props);
    const wrong = new Set(
      parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0] ?? '')),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${issue.path.join('.') || 'props'}: ${issue.message}`);
    }
    problems.push(...kindProblems(graphic, props, choices, wrong));
    if (parsed.success) {
      problems.push(...stepPropsProblems(parsed.data));
      const earlier = stepIds.get(parsed.data.id);
      if (earlier !== undefined)
        problems.push(
          `id: got "${parsed.data.id}", already used by the step on line ${earlier}; expected an id unique in the story`,
        );
      stepIds.set(parsed.data.id, child.position?.start.line ?? 0);
    }
    if (problems.length > 0 || !parsed.success) {
      errors.add(child, stepWhere, problems);
      return;
    }
    const state = stepStateFromProps(graphic, parsed.data);
    states.push(state);
    setProp(child, 'index', String(number - 1));
    setProp(child, 'state', JSON.stringify(state));
    setProp(child, 'graphic', graphic);
    setProp(child, 'block', scrollyId ?? '');
    if (state.kind === 'map')
      for (const warning of stepCrossWarnings(
        { alt: parsed.data.alt, highlight: state.highlight, control: state.control },
        cross(),
      ))
        errors.warn(child, `<Step id="${parsed.data.id}"> ${warning}`);
    const words = wordCount(child);
    if (words > stepWordLimit) {
      errors.warn(
        child,
        `<Step id="${parsed.data.id}"> has ${words} words; a phone's card holds about ${stepWordLimit} without covering the map. Cut it, or split it into two steps (EDITING.md, "How long a step can be").`,
      );
    }
  });
  if (states.length === 0 && children.length === 0)
    errors.add(scrolly, where, ['steps: got none; expected at least one <Step>']);
  setProp(scrolly, 'states', JSON.stringify(states));
}

export function remarkStoryComponents() {
  return (tree: MdxNode, file: VFileLike) => {
    const errors = new ErrorList(file.path ? relative(process.cwd(), file.path) : 'a story');
    const choices = readDataFor(() => readChoices(file.data.astro?.frontmatter));
    const stepIds = new Map<string, number>();
    const blockIds = new Map<string, number>();
    // Read once per story, when its first map step is checked.
    let crossData: CrossCheckData | undefined;
    const cross = () => (crossData ??= readDataFor(crossCheckData));
    const known: readonly string[] = storyComponentNames;
    for (const node of walk(tree)) {
      if (!isJsxElement(node) || !node.name || !/^[A-Z]/.test(node.name)) continue;
      if (!known.includes(node.name)) {
        const guess = didYouMean(node.name, known);
        errors.add(node, `<${node.name}>`, [
          `not a story component${guess ? ` (did you mean <${guess}>?)` : ''}; expected one of: ${known.map((name) => `<${name}>`).join(', ')}`,
        ]);
      } else if (node.name === 'Cite' || node.name === 'Quote') {
        checkSourceProp(node, choices, errors);
      } else if (node.name === 'Map') {
        checkMap(node, choices, errors);
      } else if (
        node.name === 'AircraftCompare' ||
        node.name === 'AirliftEstimate' ||
        node.name === 'Imagery'
      ) {
        checkAirliftFigure(node, errors);
      } else if (node.name === 'Scrolly') {
        checkScrolly(node, choices, errors, stepIds, blockIds, cross);
      }
    }
    for (const node of walk(tree)) {
      if (
        isJsxElement(node) &&
        node.name === 'Step' &&
        !readProps(node).props['state'] &&
        !errors.lines.length
      ) {
        errors.add(node, `<Step> ("${firstWords(node)}")`, [
          'got a <Step> outside a scrolly block; expected it inside <Scrolly id="..."> ... </Scrolly>',
        ]);
      }
    }
    errors.throwIfAny();
  };
}
