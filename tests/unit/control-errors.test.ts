import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, test } from 'vitest';
import type { MdxNode } from '../../src/server/mdx/mdx-tree';
import { remarkStoryComponents } from '../../src/server/mdx/remark-story-components';
import type { StepState } from '../../src/scenes/registry';
import { townSchema, zoneSchema, type ControlChoices } from '../../src/server/schemas/control';
import { ContentFixture } from './content-fixture';

/**
 * Broken areas-of-control data: through the content config on a broken copy of content/ (the build
 * names the file, the feature and the reason), and through the schemas for each kind of mistake.
 */
let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

const read = <T>(file: string): T => JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as T;
const snapshots = read<{ id: string; date: string; dateTo?: string }[]>('control/snapshots.json');
const choices: ControlChoices = {
  snapshots,
  factions: read<{ id: string }[]>('control/factions.json').map((f) => f.id),
  sources: read<{ id: string }[]>('sources.json').map((s) => s.id),
  places: read<{ id: string }[]>('places.json').map((p) => p.id),
};
const bowTie = [
  [38, 33],
  [39, 34],
  [39, 33],
  [38, 34],
  [38, 33],
];
const square = [
  [38, 33],
  [38, 34],
  [39, 34],
  [39, 33],
  [38, 33],
];

describe('areas of control validation (the content config, in-process)', () => {
  test('a self-intersecting zone names the file, the feature and the reason', async () => {
    fixture = new ContentFixture().edit('data/control/zones.geojson', (text) => {
      const zones = JSON.parse(text) as { features: { geometry: { coordinates: number[][][] } }[] };
      zones.features[0]!.geometry.coordinates = [bowTie];
      return JSON.stringify(zones);
    });
    const output = await fixture.validate();
    expect(output).toContain('zones.geojson');
    expect(output).toContain('al-tanf');
    expect(output).toMatch(/got a ring that crosses itself between positions 1 and 3/);
  });

  test('snapshots out of date order', async () => {
    fixture = new ContentFixture().edit('data/control/snapshots.json', (text) =>
      text.replace('"date": "2024-12-05"', '"date": "2024-11-20"'),
    );
    const output = await fixture.validate();
    expect(output).toMatch(
      /snapshots\.json: snapshot "hama" \(entry 3\): date "2024-11-20" is before the previous snapshot "aleppo" \(2024-11-29\); expected snapshots in date order/,
    );
  });
});

describe('the town schema', () => {
  const schema = townSchema(choices);
  const good = {
    id: 'hama',
    name: 'Hamah',
    geonameId: 170017,
    lon: 36.7578,
    lat: 35.1318,
    place: 'hama',
    held: [
      { snapshot: 'before', faction: 'government' },
      {
        snapshot: 'hama',
        faction: 'hts',
        date: '2024-12-05',
        mark: true,
        sources: ['bluewin-dpa-2024-12-08'],
      },
    ],
  };
  const problems = (held: unknown[]) => {
    const result = schema.safeParse({ ...good, held });
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  test('accepts a good town', () => expect(problems(good.held)).toEqual([]));

  test('an unknown faction suggests the nearest', () => {
    expect(problems([{ snapshot: 'before', faction: 'goverment' }])).toEqual([
      expect.stringMatching(
        /^held\.0\.faction: got "goverment" \(did you mean "government"\?\); expected a faction id from content\/data\/control\/factions\.json/,
      ),
    ]);
  });

  test('changes out of order', () => {
    expect(
      problems([
        { snapshot: 'before', faction: 'government' },
        { snapshot: 'homs', faction: 'hts', sources: ['abp-reuters-homs'] },
        { snapshot: 'hama', faction: 'government', sources: ['abp-reuters-homs'] },
      ]),
    ).toEqual([
      'held.2.snapshot: got "hama" after "homs"; expected changes in date order, each at a later snapshot (before, aleppo, hama, south, homs, damascus)',
    ]);
  });

  test('a fall dated after its snapshot', () => {
    expect(
      problems([
        { snapshot: 'before', faction: 'government' },
        {
          snapshot: 'hama',
          faction: 'hts',
          date: '2024-12-08',
          mark: true,
          sources: ['bluewin-dpa-2024-12-08'],
        },
      ]),
    ).toEqual([
      'held.1.date: got "2024-12-08", after the snapshot "hama" (2024-12-05); expected a date out of order to go in a later snapshot',
    ]);
  });

  test('a change without sources, and an unsourced holder without a note', () => {
    expect(
      problems([
        { snapshot: 'before', faction: 'government' },
        { snapshot: 'aleppo', faction: 'hts' },
        { snapshot: 'hama', faction: 'not-sourced' },
      ]),
    ).toEqual([
      'held.1.sources: got nothing; expected the source ids that report this change',
      'held.2.note: got nothing; expected a note saying why the holder is not sourced',
    ]);
  });
});

describe('the zone schema', () => {
  const schema = zoneSchema(choices);
  const zone = (ring: number[][], faction = 'us') => ({
    id: 'z',
    type: 'Feature',
    properties: {
      id: 'z',
      faction,
      from: 'before',
      basis: 'A test zone drawn by hand for this test.',
    },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const problems = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  test('accepts a clockwise square', () => expect(problems(zone(square))).toEqual([]));

  test('an inside-out ring', () => {
    expect(problems(zone([...square].reverse()))).toEqual([
      expect.stringMatching(
        /^geometry\.coordinates: got a polygon wound inside out .*reverse the order of its positions/,
      ),
    ]);
  });

  test('an unknown faction', () => {
    expect(problems(zone(square, 'usa'))).toEqual([
      expect.stringMatching(
        /^properties\.faction: got "usa" \(did you mean "us"\?\); expected a faction id/,
      ),
    ]);
  });
});

describe('step props for the areas of control', () => {
  const check = (props: string) => {
    const body = `Intro.\n\n<Scrolly id="advance">\n  <Step id="one" view="syria" ${props} alt="A map of the region with the city marked.">\n    The rebels reached the city.\n  </Step>\n</Scrolly>\n`;
    const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
    remarkStoryComponents()(tree, {
      path: `${process.cwd()}/content/stories/test.mdx`,
      data: { astro: { frontmatter: { sources: ['newsweek-2024-12'] } } },
    });
    const states = tree.children
      ?.find((node) => node.name === 'Scrolly')
      ?.attributes?.find((a) => a.name === 'states')?.value;
    return JSON.parse(String(states)) as StepState[];
  };

  test('a snapshot, arrows and a drawn arrow go into the state', () => {
    expect(
      check('date="2024-12-05" control="hama" arrows="idlib-aleppo" drawArrow="saraqib-hama"')[0],
    ).toMatchObject({ control: 'hama', arrows: ['idlib-aleppo'], drawArrow: 'saraqib-hama' });
  });

  test('an unknown snapshot suggests the nearest', () => {
    expect(() => check('date="2024-12-05" control="hamma"')).toThrowError(
      /<Step> 1 \("The rebels reached the city\."\)\n\s+control: got "hamma" \(did you mean "hama"\?\); expected a snapshot id from content\/data\/control\/snapshots\.json: before, aleppo, hama/,
    );
  });

  test('a snapshot of another date than the step', () => {
    expect(() => check('date="2024-12-05" control="homs"')).toThrowError(
      /control: got "homs" \(2024-12-07\/2024-12-08\), which does not overlap the step's date 2024-12-05; expected a snapshot of that date \(did you mean "hama"\?\)/,
    );
  });

  test('an unknown arrow', () => {
    expect(() => check('date="2024-12-05" arrows="idlib-alepo"')).toThrowError(
      /arrows: got "idlib-alepo" \(did you mean "idlib-aleppo"\?\); expected thrust ids/,
    );
  });
});

// @scene:map (npm run test:scene map runs this file)
