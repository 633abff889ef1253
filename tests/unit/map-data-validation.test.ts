import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFixture } from './content-fixture';
import { describe, expect, test } from 'vitest';
import { mapLabelSchema } from '../../src/server/schemas/map-label';
import { viewSchema } from '../../src/server/schemas/view';
import { placeSchema as placeSchemaFor } from '../../src/server/schemas/place';
import { placeKindSchema } from '../../src/server/schemas/place-kind';
import { places } from './data';

const coordinates = new Map(places.map((p) => [p.id, { lat: p.lat, lon: p.lon }]));
const goodView = {
  title: 'The coast',
  bounds: [
    [35.6, 34.78],
    [36.3, 35.62],
  ],
  detail: 'high',
  maxLabelPriority: 4,
  keyPlaces: ['latakia', 'khmeimim_ab'],
};
const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const kindRows = JSON.parse(readFileSync('content/data/place-kinds.json', 'utf8')) as {
  id: string;
}[];
const placeSchema = placeSchemaFor(kindRows.map((kind) => kind.id));

describe('placeSchema', () => {
  const good = {
    name: 'Damascus',
    label: 'Damascus',
    lat: 33.5102,
    lon: 36.2913,
    kind: 'city',
    labelPriority: 1,
    source: 'GeoNames',
    sourceRef: 'geonameid 170654',
    confidence: 'high',
  };

  test('accepts every row of content/data/places.json', () => {
    for (const { id: _id, ...row } of places)
      expect(messages(placeSchema.safeParse(row))).toEqual([]);
  });

  test('rejects a latitude outside the world, naming the value and the expectation', () => {
    expect(messages(placeSchema.safeParse({ ...good, lat: 133.5 }))).toEqual([
      'lat: got 133.5; expected a latitude in decimal degrees between -90 and 90, e.g. 33.5102',
    ]);
  });

  test('rejects coordinates given as text', () => {
    expect(messages(placeSchema.safeParse({ ...good, lon: '36.29' }))[0]).toMatch(
      /^lon: got "36.29"; expected a longitude/,
    );
  });

  test('rejects a kind that content/data/place-kinds.json does not list, naming the nearest', () => {
    expect(messages(placeSchema.safeParse({ ...good, kind: 'citty' }))[0]).toMatch(
      /^kind: got "citty" \(did you mean "city"\?\); expected a kind from content\/data\/place-kinds\.json: /,
    );
  });

  test('rejects a low-confidence place whose label does not say approx.', () => {
    expect(messages(placeSchema.safeParse({ ...good, confidence: 'low' }))).toEqual([
      'label: got "Damascus"; expected a label that says "approx." because the confidence is low',
    ]);
  });
});

describe('placeKindSchema', () => {
  const good = {
    legend: 'Field hospital',
    symbol: 'square',
    size: 4,
    layer: 'bases',
    labelRank: 2,
  };

  test('accepts every row of content/data/place-kinds.json', () => {
    for (const { id: _id, ...row } of kindRows)
      expect(messages(placeKindSchema.safeParse(row))).toEqual([]);
  });

  test('rejects an unknown symbol, a bad colour and an unknown layer, naming each value', () => {
    expect(
      messages(
        placeKindSchema.safeParse({
          ...good,
          symbol: 'star',
          colour: { light: 'red', dark: '#ff8a80' },
          layer: 'hospitals',
        }),
      ),
    ).toEqual([
      'symbol: got "star"; expected a symbol: dot, ring, square, triangle',
      'colour.light: got "red"; expected a light-scheme colour as #rrggbb, e.g. "#1f5fa8"',
      'layer: got "hospitals"; expected a layer: cities, airports, bases',
    ]);
  });
});

describe('viewSchema(places)', () => {
  const schema = viewSchema(coordinates);

  test('accepts a good view', () => {
    expect(messages(schema.safeParse(goodView))).toEqual([]);
  });

  test('rejects an unknown place id, listing the valid ones', () => {
    const [message] = messages(
      schema.safeParse({ ...goodView, keyPlaces: ['latakia', 'atlantis'] }),
    );
    expect(message).toMatch(
      /^keyPlaces\.1: got "atlantis"; expected a place id from content\/data\/places\.json: damascus, aleppo, /,
    );
  });

  test('rejects a key place outside the view', () => {
    expect(messages(schema.safeParse({ ...goodView, keyPlaces: ['moscow'] }))).toEqual([
      'keyPlaces.0: got "moscow" at 37.6156, 55.7522; expected a place inside the view\'s bounds [[35.6, 34.78], [36.3, 35.62]]',
    ]);
  });

  test('rejects an inside-out view (west east of east)', () => {
    expect(
      messages(
        schema.safeParse({
          ...goodView,
          bounds: [
            [36.3, 34.78],
            [35.6, 35.62],
          ],
          keyPlaces: [],
        }),
      ),
    ).toEqual([
      'bounds: got west 36.3 and east 35.6; expected west < east (the rectangle is inside out or empty)',
    ]);
  });

  test('rejects an upside-down view (south north of north)', () => {
    expect(
      messages(
        schema.safeParse({
          ...goodView,
          bounds: [
            [35.6, 35.62],
            [36.3, 34.78],
          ],
          keyPlaces: [],
        }),
      ),
    ).toEqual([
      'bounds: got south 35.62 and north 34.78; expected south < north (the rectangle is inside out or empty)',
    ]);
  });

  test('rejects a view outside the world', () => {
    expect(
      messages(
        schema.safeParse({
          ...goodView,
          bounds: [
            [35.6, 34.78],
            [236.3, 95],
          ],
          keyPlaces: [],
        }),
      ),
    ).toEqual([
      'bounds.1.0: got 236.3; expected a longitude between -180 and 180',
      'bounds.1.1: got 95; expected a latitude between -85 and 85',
    ]);
  });
});

describe('mapLabelSchema(viewIds)', () => {
  test('rejects an unknown view id, listing the valid ones', () => {
    const schema = mapLabelSchema(['syria', 'coast']);
    expect(
      messages(
        schema.safeParse({
          text: 'Lebanon',
          kind: 'country',
          lat: 34,
          lon: 35.9,
          views: ['syira'],
        }),
      ),
    ).toEqual([
      'views.0: got "syira" (did you mean "syria"?); expected a view id from content/data/views.json: syria, coast',
    ]);
  });
});

/**
 * The content config itself: a copy of content/ with one mistake, validated as `astro sync` does,
 * must fail with the file, the entry and the reason.
 */
describe('the content config on bad map content', () => {
  async function validateWith(change: (dir: string) => void): Promise<string> {
    const fixture = new ContentFixture();
    try {
      change(fixture.root);
      const output = await fixture.validate();
      return output === '' ? 'no error' : output.replaceAll(fixture.root, '<content>');
    } finally {
      fixture.remove();
    }
  }
  const edit = (dir: string, file: string, change: (rows: Record<string, unknown>[]) => void) => {
    const path = join(dir, 'data', file);
    const rows = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    change(rows);
    writeFileSync(path, JSON.stringify(rows, null, 2));
  };

  test('a bad coordinate in places.json', async () => {
    const out = await validateWith((dir) =>
      edit(
        dir,
        'places.json',
        (rows) => void (rows.find((r) => r['id'] === 'hasakah')!['lat'] = 365.02),
      ),
    );
    expect(out).toContain('places → hasakah data does not match collection schema');
    expect(out).toContain(
      'lat: got 365.02; expected a latitude in decimal degrees between -90 and 90',
    );
    expect(out).toContain('<content>/data/places.json');
  });

  test('an unknown place id in views.json', async () => {
    const out = await validateWith((dir) =>
      edit(
        dir,
        'views.json',
        (rows) => void (rows.find((r) => r['id'] === 'coast')!['keyPlaces'] = ['latakia', 'jabla']),
      ),
    );
    expect(out).toContain('views → coast data does not match collection schema');
    expect(out).toContain(
      'keyPlaces.1: got "jabla" (did you mean "jableh"?); expected a place id from content/data/places.json',
    );
  });

  test('an inside-out view in views.json', async () => {
    const out = await validateWith((dir) =>
      edit(dir, 'views.json', (rows) => {
        const view = rows.find((r) => r['id'] === 'northwest')!;
        view['bounds'] = [
          [37.75, 34.95],
          [35.95, 36.85],
        ];
        view['keyPlaces'] = [];
      }),
    );
    expect(out).toContain('views → northwest data does not match collection schema');
    expect(out).toContain('bounds: got west 37.75 and east 35.95; expected west < east');
  });
});
