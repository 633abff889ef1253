import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { MdxNode } from '../../src/server/mdx/mdx-tree';
import { remarkStoryComponents } from '../../src/server/mdx/remark-story-components';
import type { StepState } from '../../src/scenes/registry';
import type { MapStepState } from '../../src/scenes/map/state';

const ids = (file: string) =>
  (JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  );
const [view = '', otherView = ''] = ids('views.json');
const [place = ''] = ids('places.json');
const sources = ['newsweek-2024-12', 'uawire-2024-12-08'];

/** Runs the story check over an MDX body as if it were content/stories/test.mdx. */
function check(body: string): MdxNode {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  remarkStoryComponents()(tree, {
    path: `${process.cwd()}/content/stories/test.mdx`,
    data: { astro: { frontmatter: { sources } } },
  });
  return tree;
}

const step = (props: string, text = 'The rebels reached the city.') =>
  `  <Step ${props}>\n    ${text}\n  </Step>\n`;
const scrolly = (...steps: string[]) =>
  `Intro.\n\n<Scrolly id="advance">\n${steps.join('\n')}</Scrolly>\n`;
const alt = 'alt="A map of the region with the city marked."';

function attribute(tree: MdxNode, component: string, name: string): string[] {
  const found: string[] = [];
  const visit = (node: MdxNode) => {
    if (node.name === component) {
      const value = node.attributes?.find((a) => a.name === name)?.value;
      if (typeof value === 'string') found.push(value);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

describe('remarkStoryComponents', () => {
  test('hands each scrolly block the complete state of every step', () => {
    const tree = check(
      scrolly(
        step(`id="one" view="${view}" ${alt}`),
        step(
          `id="two" view="${otherView}" highlight="${place}" date="2024-11-27/2024-12-08" status="reported" sources="newsweek-2024-12" ${alt}`,
        ),
      ),
    );
    const [statesJson = '[]'] = attribute(tree, 'Scrolly', 'states');
    const states = JSON.parse(statesJson) as MapStepState[];
    expect(states.map((state) => state.id)).toEqual(['one', 'two']);
    expect(states[1]).toMatchObject({
      view: otherView,
      highlight: [place],
      date: { from: '2024-11-27', to: '2024-12-08' },
      status: 'reported',
      sources: ['newsweek-2024-12'],
    });
    expect(states[0]?.layers.length).toBeGreaterThan(0);
    expect(attribute(tree, 'Step', 'index')).toEqual(['0', '1']);
  });

  test('an unknown view names the file, line, step, value, a suggestion and the choices', () => {
    const typo = `${view}x`;
    expect(() =>
      check(
        scrolly(
          step(`id="one" view="${view}" ${alt}`),
          step(`id="two" view="${typo}" ${alt}`, 'Hama fell on December 5.'),
        ),
      ),
    ).toThrowError(
      new RegExp(
        `content/stories/test\\.mdx:\\d+ <Scrolly id="advance"> <Step> 2 \\("Hama fell on December 5\\."\\)[\\s\\S]*view: got "${typo}" \\(did you mean "${view}"\\?\\); expected a view id from content/data/views\\.json: `,
      ),
    );
  });

  test('an unknown place, a malformed date and a misspelt prop are all reported at once', () => {
    let message = '';
    try {
      check(
        scrolly(
          step(
            `id="one" view="${view}" highlight="atlantis" date="2024-13-01" hightlight="x" ${alt}`,
          ),
        ),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      'highlight: got "atlantis"; expected place ids from content/data/places.json',
    );
    expect(message).toContain('date: got "2024-13-01"; expected a date as YYYY-MM-DD');
    expect(message).toContain('hightlight: not a prop of <Step> (did you mean "highlight"?)');
  });

  test('a step without a text alternative or without text fails', () => {
    expect(() => check(scrolly(step(`id="one" view="${view}"`)))).toThrowError(
      /alt: got nothing \(the field is missing\); expected a text alternative/,
    );
    expect(() => check(scrolly(`  <Step id="one" view="${view}" ${alt}></Step>\n`))).toThrowError(
      /text: got no text/,
    );
  });

  test('duplicate step ids and a date range that runs backwards fail', () => {
    expect(() =>
      check(
        scrolly(step(`id="one" view="${view}" ${alt}`), step(`id="one" view="${view}" ${alt}`)),
      ),
    ).toThrowError(/id: got "one", already used by the step on line \d+/);
    expect(() =>
      check(scrolly(step(`id="one" view="${view}" date="2024-12-08/2024-11-27" ${alt}`))),
    ).toThrowError(/with the later date second/);
  });

  test('a route with a progress range becomes part of the step state; site notes too', () => {
    const tree = check(
      scrolly(
        step(
          `id="one" view="${view}" route="assad-exit" routeProgress="0/0.5" notes="khmeimim_ab" ${alt}`,
        ),
        step(`id="two" view="${view}" route="assad-exit" ${alt}`),
      ),
    );
    const [states = '[]'] = attribute(tree, 'Scrolly', 'states');
    const [one, two] = JSON.parse(states) as MapStepState[];
    expect(one?.route).toEqual({ id: 'assad-exit', progress: { from: 0, to: 0.5 } });
    expect(one?.notes).toEqual(['khmeimim_ab']);
    expect(two?.route).toEqual({ id: 'assad-exit', progress: { from: 1, to: 1 } });
    expect(two?.notes).toEqual([]);
  });

  test('an unknown route lists the valid routes; a bad or orphan progress is refused', () => {
    expect(() =>
      check(scrolly(step(`id="one" view="${view}" route="assad-exits" ${alt}`))),
    ).toThrowError(
      /route: got "assad-exits" \(did you mean "assad-exit"\?\); expected a route id from content\/data\/routes\.json: assad-exit/,
    );
    expect(() =>
      check(scrolly(step(`id="one" view="${view}" route="assad-exit" routeProgress="0/2" ${alt}`))),
    ).toThrowError(/routeProgress: got "0\/2"; expected a number from 0 to 1/);
    expect(() =>
      check(scrolly(step(`id="one" view="${view}" routeProgress="0/1" ${alt}`))),
    ).toThrowError(/routeProgress: got a route progress but no route/);
    expect(() =>
      check(scrolly(step(`id="one" view="${view}" notes="damascus" ${alt}`))),
    ).toThrowError(/notes: got "damascus".*expected site ids from content\/data\/base-notes\.json/);
  });

  test('a misspelt component and a citation of an unlisted source fail with suggestions', () => {
    expect(() => check('Text <Cit source="newsweek-2024-12" />.\n')).toThrowError(
      /<Cit>\s+not a story component \(did you mean <Cite>\?\)/,
    );
    expect(() => check('Text <Cite source="newsweek-2024-1" />.\n')).toThrowError(
      /source: got "newsweek-2024-1", which is not in content\/data\/sources\.json \(a similar id there: "newsweek-2024-12"; check it is the report you mean\)/,
    );
  });

  test('the airlift figures: props are checked, and an imagery id must exist', () => {
    const [imagery = ''] = ids('imagery.json');
    expect(() =>
      check(`Text.\n\n<AircraftCompare />\n\n<AirliftEstimate />\n\n<Imagery id="${imagery}" />\n`),
    ).not.toThrow();
    expect(() => check('<AircraftCompare type="il-76" />\n')).toThrowError(
      /<AircraftCompare>\s+type: not a prop of <AircraftCompare>; expected no props \(its figures come from content\/data\)/,
    );
    expect(() => check(`<Imagery id="${imagery.slice(0, -1)}" />\n`)).toThrowError(
      new RegExp(
        `id: got "${imagery.slice(0, -1)}" \\(did you mean "${imagery}"\\?\\); expected an id from content/data/imagery\\.json`,
      ),
    );
    expect(() => check('<Imagery />\n')).toThrowError(
      /id: got nothing; expected an id from content\/data\/imagery\.json/,
    );
  });

  test('text loose inside a scrolly block, or a step outside one, is refused', () => {
    expect(() =>
      check(
        `<Scrolly id="advance">\n\nLoose words.\n\n${step(`id="one" view="${view}" ${alt}`)}</Scrolly>\n`,
      ),
    ).toThrowError(/expected only <Step> elements/);
    expect(() => check(step(`id="one" view="${view}" ${alt}`))).toThrowError(
      /outside a scrolly block/,
    );
  });
});

describe('timeline blocks (<Scrolly graphic="timeline">)', () => {
  const timeline = (...steps: string[]) =>
    `Intro.\n\n<Scrolly id="after" graphic="timeline">\n${steps.join('\n')}</Scrolly>\n`;
  const talt = 'alt="The timeline with the cursor on the day."';

  test('a step states date and event; no map view or layers in its state', () => {
    const tree = check(
      timeline(step(`id="one" date="2024-12-05" event="hama-falls" status="confirmed" ${talt}`)),
    );
    const [state] = JSON.parse(attribute(tree, 'Scrolly', 'states')[0] ?? '[]') as StepState[];
    expect(state).toEqual({
      kind: 'timeline',
      id: 'one',
      event: 'hama-falls',
      date: { from: '2024-12-05', to: '2024-12-05' },
      status: 'confirmed',
      sources: [],
    });
    expect(attribute(tree, 'Step', 'graphic')).toEqual(['timeline']);
  });

  test('an unknown graphic names the choices', () => {
    expect(() =>
      check(
        `<Scrolly id="after" graphic="timelime">\n${step(`id="one" date="2024-12-05" ${talt}`)}</Scrolly>\n`,
      ),
    ).toThrowError(
      /graphic: got "timelime" \(did you mean "timeline"\?\); expected one of: map, timeline/,
    );
  });

  test('a timeline step needs a date and takes no map view', () => {
    expect(() => check(timeline(step(`id="one" ${talt}`)))).toThrowError(
      /date: got nothing \(the field is missing\); expected the date the timeline shows/,
    );
    expect(() =>
      check(timeline(step(`id="one" date="2024-12-05" view="${view}" ${talt}`))),
    ).toThrowError(/view: got "[^"]+", but a timeline block has no map/);
  });

  test("an event must exist and fall within the step's date", () => {
    expect(() =>
      check(timeline(step(`id="one" date="2024-12-05" event="hama-fell" ${talt}`))),
    ).toThrowError(
      /event: got "hama-fell" \(did you mean "hama-falls"\?\); expected an event id from content\/data\/events\.json/,
    );
    expect(() =>
      check(timeline(step(`id="one" date="2024-12-09" event="hama-falls" ${talt}`))),
    ).toThrowError(
      /event: got "hama-falls" \(2024-12-05\); expected an event that happens within the step's date 2024-12-09/,
    );
  });

  test('a map step still needs its view, and takes no event', () => {
    expect(() => check(scrolly(step(`id="one" ${alt}`)))).toThrowError(
      /view: got nothing \(the field is missing\); expected a view id/,
    );
    expect(() =>
      check(scrolly(step(`id="one" view="${view}" event="hama-falls" ${alt}`))),
    ).toThrowError(/event: not shown on a map/);
  });
});
