import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { planformPath } from '../../src/components/airlift/server/planform';
import { aircraftSchema } from '../../src/server/schemas/aircraft';
import { estimateInputSchema } from '../../src/server/schemas/airlift-estimate';
import { imagerySchema } from '../../src/server/schemas/imagery';
import { ContentFixture } from './content-fixture';
import { places } from './data';

type Row = Record<string, unknown> & { id: string };
const read = (file: string) => JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as Row[];
const aircraft = read('aircraft.json');
const sourceIds = read('sources.json').map((s) => s.id);
const schema = aircraftSchema(sourceIds);
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
const il76 = aircraft.find((a) => a.id === 'il-76')!;

/** The x and y extent of an SVG path made of M/L/Z with absolute "x y" pairs. */
function extent(d: string) {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return {
    width: Math.max(...xs) - Math.min(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

describe('content/data/aircraft.json', () => {
  test('both aircraft pass the schema, every figure with its unit and a listed source', () => {
    expect(aircraft.map((a) => a.id).sort()).toEqual(['an-124', 'il-76']);
    for (const row of aircraft) expect(messages(schema.safeParse(row))).toEqual([]);
  });

  test('the silhouettes are drawn to the data: exactly the wingspan wide and the length long', () => {
    for (const row of aircraft) {
      const a = schema.parse(row);
      const box = extent(planformPath(a.length.value, a.wingspan.value, a.planform));
      expect(box.width).toBeCloseTo(a.wingspan.value, 1);
      expect(box.top).toBeCloseTo(0, 5);
      expect(box.bottom).toBeCloseTo(a.length.value, 1);
    }
  });

  test('a figure without a source fails, naming the field and what was expected', () => {
    const bad = { ...il76, payload: { value: 48, unit: 't' } };
    expect(messages(schema.safeParse(bad))).toEqual([
      'payload.source: got nothing (the field is missing); expected a source id from content/data/sources.json: ' +
        sourceIds.join(', '),
    ]);
  });

  test('a figure without a unit, or in the wrong unit, fails', () => {
    expect(
      messages(
        schema.safeParse({ ...il76, length: { value: 46.59, source: 'militaryfactory-il-76' } }),
      ),
    ).toEqual(['length.unit: got nothing (the field is missing); expected the unit "m"']);
    expect(
      messages(
        schema.safeParse({ ...il76, range: { value: 2950, unit: 'mi', source: 'ktk-2024-03-12' } }),
      ),
    ).toEqual(['range.unit: got "mi"; expected the unit "km"']);
  });

  test('a figure written as a bare number fails with the shape expected', () => {
    expect(messages(schema.safeParse({ ...il76, wingspan: 50.5 }))).toEqual([
      'wingspan: got 50.5; expected the wingspan written as { "value": ..., "unit": "m", "source": "..." }',
    ]);
  });
});

describe('content/data/imagery.json and airlift-estimate.json', () => {
  const imagery = imagerySchema(
    places.map((p) => p.id),
    sourceIds,
    aircraft.map((a) => a.id),
  );

  test('every imagery entry passes; the count the sources dispute is marked so', () => {
    const rows = read('imagery.json');
    for (const row of rows) expect(messages(imagery.safeParse(row))).toEqual([]);
    const december13 = rows.find((r) => r.id === 'khmeimim-2024-12-13') as unknown as {
      provider: string;
      aircraft: { type: string; count: number; disputed?: boolean }[];
    };
    expect(december13.provider).toBe('Maxar');
    expect(december13.aircraft.find((g) => g.type === 'il-76')?.disputed).toBe(true);
  });

  test('an imagery count of an unknown aircraft type or without a source fails', () => {
    const [first] = read('imagery.json') as (Row & { aircraft: Row[] })[];
    const bad = { ...first, aircraft: [{ type: 'il-78', count: 1 }] };
    const found = messages(imagery.safeParse(bad));
    expect(found[0]).toMatch(
      /^aircraft\.0\.type: got "il-78" \(did you mean "il-76"\?\); expected an aircraft id/,
    );
    expect(found[1]).toMatch(
      /^aircraft\.0\.source: got nothing \(the field is missing\); expected a source id/,
    );
  });

  test('every estimate input passes; a wrong unit or an example above the limit fails', () => {
    for (const row of read('airlift-estimate.json'))
      expect(messages(estimateInputSchema.safeParse(row))).toEqual([]);
    const cargo = read('airlift-estimate.json').find((r) => r.id === 'cargo')!;
    expect(messages(estimateInputSchema.safeParse({ ...cargo, unit: 'kg' }))).toEqual([
      'unit: got "kg"; expected the unit "t" for cargo',
    ]);
    expect(messages(estimateInputSchema.safeParse({ ...cargo, example: 2_000_000 }))).toEqual([
      'example: got 2000000; expected an example no larger than max (1000000)',
    ]);
  });
});

describe('the content config refuses bad airlift data (on a broken copy)', () => {
  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());

  test('an aircraft figure without its source names the file, the aircraft and the field', async () => {
    fixture = new ContentFixture().edit('data/aircraft.json', (text) =>
      text.replace('"unit": "t", "source": "ktk-2024-03-12", ', '"unit": "t", '),
    );
    const output = await fixture.validate();
    expect(output).toContain('aircraft.json');
    expect(output).toContain('il-76');
    expect(output).toContain(
      'payload.source: got nothing (the field is missing); expected a source id from content/data/sources.json',
    );
  });

  test('an estimate input in the wrong unit names the file and the field', async () => {
    fixture = new ContentFixture().edit('data/airlift-estimate.json', (text) =>
      text.replace('"unit": "people"', '"unit": "persons"'),
    );
    const output = await fixture.validate();
    expect(output).toContain('airlift-estimate.json');
    expect(output).toContain('unit: got "persons"; expected the unit "people" for people');
  });
});
