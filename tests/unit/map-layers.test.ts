import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { viewRect } from '../../src/shared/geo/fit-view';
import { buildMapLayers } from '../../src/scenes/map/server/geography';
import { pathString } from '../../src/scenes/map/server/path-string';
import { project } from '../../src/scenes/map/server/projection';

const governorates = JSON.parse(
  readFileSync('content/data/geo/subdivisions.geojson', 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon>;

describe('content/data/geo/subdivisions.geojson', () => {
  test('has the 14 governorates, each wound the way d3 expects (smaller than a hemisphere)', () => {
    expect(governorates.features).toHaveLength(14);
    for (const feature of governorates.features) {
      const km2 = geoArea(feature as Feature) * 6371 ** 2;
      expect(km2, feature.properties?.['shapeName']).toBeLessThan(60_000);
      expect(km2).toBeGreaterThan(100);
    }
  });
});

describe('buildMapLayers(…)', () => {
  const clip = viewRect(
    [
      [33, 30],
      [44, 39],
    ],
    project,
  );
  const layers = buildMapLayers(
    {
      regional: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
      detail: { scale: '10m', clip, minAreaKm2: 0.05, step: 0.1 },
    },
    governorates,
    'Syria',
  );

  test('draws the focus country apart from the other land, and names an unknown one', () => {
    expect(layers.detail.land).not.toContain(layers.detail.focus);
    const lebanon = buildMapLayers(
      {
        regional: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
        detail: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
      },
      governorates,
      'Lebanon',
    );
    expect(lebanon.regional.focus).not.toBe(layers.regional.focus);
    expect(() =>
      buildMapLayers(
        {
          regional: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
          detail: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
        },
        governorates,
        'Atlantis',
      ),
    ).toThrow(/no country named "Atlantis"/);
    const far = buildMapLayers(
      {
        regional: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
        detail: { scale: '50m', clip, minAreaKm2: 20, step: 1 },
      },
      governorates,
      'Peru',
    );
    expect(far.detail.focus).toBe('');
  });

  test('drops the Maldives polygon that d3 would draw as the whole globe', () => {
    expect(layers.report.droppedFeatures.map((f) => `${f.scale} ${f.name}`)).toEqual([
      '50m Maldives',
      '10m Maldives',
    ]);
    expect(layers.report.droppedFeatures[1]?.reason).toMatch(/whole globe/);
  });

  test('clips every path to its rectangle', () => {
    for (const d of [
      layers.detail.land,
      layers.detail.focus,
      layers.detail.borders,
      layers.detail.governorates,
    ]) {
      expect(d.length).toBeGreaterThan(100);
      expect(d.startsWith('M')).toBe(true);
    }
    const [x, y] = layers.detail.focus.slice(1).split(/[ l]/).map(Number);
    expect(x).toBeGreaterThanOrEqual(clip.x);
    expect(y).toBeGreaterThanOrEqual(clip.y);
  });

  test('governorate lines are internal only and small', () => {
    expect(gzipSync(layers.detail.governorates).length).toBeLessThan(4_000);
  });
});

describe('pathString(object, projection, step)', () => {
  test('writes rounded relative path data', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1.26],
          [2.04, 1.26],
          [2.04, 0],
          [0, 0],
        ],
      ],
    };
    expect(pathString(square, null, 0.1)).toBe('M0 0l0 1.3 2 0 0-1.3z');
  });
});
