import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, test } from 'vitest';
import type { MdxNode } from '../../src/server/mdx/mdx-tree';
import { remarkStoryComponents } from '../../src/server/mdx/remark-story-components';
import {
  apronLayout,
  imagerySlots,
  type AircraftType,
  type ApronOptions,
} from '../../src/components/airlift/server/apron-layout';
import type { StepState } from '../../src/scenes/registry';
import { airfieldSchema } from '../../src/server/schemas/airfield';
import { ContentFixture } from './content-fixture';
import { places } from './data';

type Row = Record<string, unknown> & { id: string };
const read = <T = Row[]>(file: string) =>
  JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as T;
const types = new Map(
  read<(AircraftType & { id: string })[]>('aircraft.json').map((a) => [a.id, a]),
);
const imagery =
  read<
    { id: string; place: string; aircraft: { type: string; count: number; disputed?: boolean }[] }[]
  >('imagery.json');
const airfields = read('airfields.json');
const sourceIds = read('sources.json').map((s) => s.id);
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
const options: ApronOptions = { maxRowWidth: 240, gap: 14, label: 10, margin: 10 };

describe('apronLayout: the aircraft to scale on a schematic apron', () => {
  const counts = [
    { type: 'an-124', count: 2 },
    { type: 'il-76', count: 3, disputed: true },
  ];
  const slots = imagerySlots(counts, types);

  test("one slot per aircraft counted, each as wide as its type's wingspan; disputed counts marked", () => {
    expect(slots.map((slot) => slot.type)).toEqual(['an-124', 'an-124', 'il-76', 'il-76', 'il-76']);
    expect(slots[0]?.span).toBe(types.get('an-124')?.wingspan.value);
    expect(slots.filter((slot) => slot.disputed)).toHaveLength(3);
    const unknown = imagerySlots([{ type: 'unknown', count: 1 }], types);
    expect(unknown[0]?.d).toBeUndefined();
    expect(unknown[0]?.span).toBe(Math.min(...[...types.values()].map((a) => a.wingspan.value)));
  });

  test('rows never wider than asked, aircraft never overlapping, all inside the drawing', () => {
    for (const maxRowWidth of [120, 240, 420]) {
      const layout = apronLayout(slots, 45, { ...options, maxRowWidth });
      for (const slot of layout.slots) {
        expect(slot.cx - slot.span / 2).toBeGreaterThanOrEqual(0);
        expect(slot.cx + slot.span / 2).toBeLessThanOrEqual(layout.width);
        expect(slot.top + slot.length).toBeLessThanOrEqual(layout.apron.height);
      }
      for (const [i, a] of layout.slots.entries()) {
        for (const b of layout.slots.slice(i + 1)) {
          const apart =
            Math.abs(a.cx - b.cx) >= (a.span + b.span) / 2 ||
            a.top + a.length <= b.top ||
            b.top + b.length <= a.top;
          expect(apart).toBe(true);
        }
      }
      const rows = new Set(layout.slots.map((slot) => slot.labelY)).size;
      expect(layout.width - 2 * options.margin).toBeLessThanOrEqual(
        Math.max(maxRowWidth, Math.max(...slots.map((s) => s.span))),
      );
      if (maxRowWidth >= 420) expect(rows).toBe(1);
      else expect(rows).toBeGreaterThan(1);
    }
  });

  test("the runway is drawn at its width in the aircraft's metres, below the apron", () => {
    const layout = apronLayout(slots, 45, options);
    expect(layout.runway.height).toBe(45);
    expect(layout.runway.y).toBeGreaterThan(layout.apron.y + layout.apron.height);
    expect(layout.height).toBeGreaterThan(layout.scale.y);
  });

  test('an aircraft id with no figures, no aircraft, or no runway width is refused, saying what to do', () => {
    expect(() => imagerySlots([{ type: 'il-78', count: 1 }], types)).toThrowError(
      /content\/data\/imagery\.json: aircraft "il-78" has no entry in content\/data\/aircraft\.json; expected one of: .*il-76.*, or "unknown"/,
    );
    expect(() => apronLayout([], 45, options)).toThrowError(/no aircraft to draw/);
    expect(() => apronLayout(slots, Number.NaN, options)).toThrowError(
      /the runway's width must be a positive number of metres, got NaN/,
    );
  });
});

describe('content/data/airfields.json', () => {
  const schema = airfieldSchema(
    places.map((p) => p.id),
    sourceIds,
  );

  test('every airfield passes, and every imagery site has one', () => {
    for (const row of airfields) expect(messages(schema.safeParse(row))).toEqual([]);
    for (const entry of imagery) expect(airfields.map((a) => a.place)).toContain(entry.place);
  });

  test('a runway figure missing, without a source or in feet names the field and what to write', () => {
    const [first] = airfields as (Row & { runway: Record<string, unknown> })[];
    if (!first) throw new Error('no airfield');
    const { width: _, ...noWidth } = first.runway;
    expect(messages(schema.safeParse({ ...first, runway: noWidth }))[0]).toMatch(
      /^runway\.width: got nothing \(the field is missing\); expected the runway's width written as \{ "value": \.\.\., "unit": "m", "source": "\.\.\." \}/,
    );
    const feet = {
      ...first,
      runway: { ...first.runway, length: { value: 9177, unit: 'ft', source: sourceIds[0] } },
    };
    expect(messages(schema.safeParse(feet))).toEqual([
      'runway.length.unit: got "ft"; expected the unit "m"',
    ]);
    const unsourced = { ...first, runway: { ...first.runway, width: { value: 45, unit: 'm' } } };
    expect(messages(schema.safeParse(unsourced))[0]).toMatch(
      /^runway\.width\.source: got nothing \(the field is missing\); expected a source id from content\/data\/sources\.json/,
    );
  });
});

describe('an apron block in the story', () => {
  const sources = ['newsweek-2024-12'];
  const alt = 'alt="The aircraft to scale on a schematic apron."';
  const [first] = imagery;
  if (!first) throw new Error('no imagery');
  function check(body: string): MdxNode {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
    remarkStoryComponents()(tree, {
      path: `${process.cwd()}/content/stories/test.mdx`,
      data: { astro: { frontmatter: { sources } } },
    });
    return tree;
  }
  const apron = (props: string) =>
    `<Scrolly id="apron" graphic="apron">\n  <Step id="one" ${props} ${alt}>\n    Three aircraft stood at the base.\n  </Step>\n</Scrolly>\n`;

  test('a step names its imagery, which becomes its state', () => {
    const tree = check(apron(`imagery="${first.id}" status="reported"`));
    const scrolly = tree.children?.find((node) => node.name === 'Scrolly');
    const states = JSON.parse(
      String(scrolly?.attributes?.find((a) => a.name === 'states')?.value),
    ) as StepState[];
    expect(states).toEqual([
      { kind: 'apron', id: 'one', sources: [], status: 'reported', imagery: first.id },
    ]);
  });

  test('no imagery, an unknown one, map props, or imagery on a map step fail with what to write', () => {
    expect(() => check(apron(''))).toThrowError(
      /imagery: got nothing \(the field is missing\); expected the imagery whose aircraft this step draws, an id from content\/data\/imagery\.json/,
    );
    expect(() => check(apron(`imagery="${first.id}x"`))).toThrowError(
      new RegExp(
        `imagery: got "${first.id}x" \\(did you mean "${first.id}"\\?\\); expected an imagery id from content/data/imagery.json`,
      ),
    );
    expect(() => check(apron(`imagery="${first.id}" view="syria"`))).toThrowError(
      /view: got "syria", but an apron block draws no map or timeline; leave "view" out/,
    );
    const map = `<Scrolly id="m">\n  <Step id="one" view="syria" imagery="${first.id}" ${alt}>\n    Text.\n  </Step>\n</Scrolly>\n`;
    expect(() => check(map)).toThrowError(
      /imagery: got "[^"]+", but only an apron block draws imagery/,
    );
  });

  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());

  test('imagery of a site without runway figures names the site and the file to add them to', () => {
    fixture = new ContentFixture().edit('data/airfields.json', (text) =>
      text.replace(`"place": "${first.place}"`, '"place": "tartus_naval"'),
    );
    const here = process.cwd();
    process.chdir(join(fixture.root, '..'));
    try {
      expect(() => check(apron(`imagery="${first.id}"`))).toThrowError(
        new RegExp(
          `imagery: got "${first.id}", of the site "${first.place}", which has no runway figures; expected an entry in content/data/airfields.json with "place": "${first.place}"`,
        ),
      );
    } finally {
      process.chdir(here);
    }
  });
});
