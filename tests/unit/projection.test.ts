import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { cameraPath } from '../../src/scenes/map/client/camera-path';
import {
  fitRect,
  screenTranslate,
  toScreen,
  translateTo,
  viewRect,
} from '../../src/shared/geo/fit-view';
import { project, projectionSettings } from '../../src/scenes/map/server/projection';
import { readProjection } from '../../src/server/schemas/projection';
import { northAngle, scaleBar, unitsPerKm } from '../../src/scenes/map/server/scale-bar';
import { place, views } from './data';

const at = (id: string) => project(place(id).lon, place(id).lat);

describe('storyProjection()', () => {
  test('Damascus lies south of Aleppo, Latakia west of Aleppo', () => {
    expect(at('damascus')[1]).toBeGreaterThan(at('aleppo')[1]); // y grows southward
    expect(at('latakia')[0]).toBeLessThan(at('aleppo')[0]);
  });

  test('Khmeimim air base lies within a few km of Jableh, NE of it', () => {
    const [kx, ky] = at('khmeimim_ab');
    const [jx, jy] = at('jableh');
    const projectedKm = Math.hypot(kx - jx, ky - jy);
    const trueKm =
      geoDistance(
        [place('khmeimim_ab').lon, place('khmeimim_ab').lat],
        [place('jableh').lon, place('jableh').lat],
      ) * 6371;
    expect(projectedKm).toBeGreaterThan(3);
    expect(projectedKm).toBeLessThan(8);
    expect(Math.abs(projectedKm - trueKm) / trueKm).toBeLessThan(0.02);
    expect(kx).toBeGreaterThan(jx);
    expect(ky).toBeLessThan(jy);
  });

  test('one unit is a kilometre in Syria to within 1%, and within 4% from Benghazi to Moscow', () => {
    expect(unitsPerKm(38, 35, project)).toBeCloseTo(1, 1);
    for (const id of ['damascus', 'aleppo', 'deir_ez_zor', 'qamishli'])
      expect(Math.abs(unitsPerKm(place(id).lon, place(id).lat, project) - 1)).toBeLessThan(0.01);
    for (const id of ['benina', 'moscow', 'mozdok_ab'])
      expect(Math.abs(unitsPerKm(place(id).lon, place(id).lat, project) - 1)).toBeLessThan(0.04);
  });

  test('north is straight up on the central meridian and leans at the edges', () => {
    expect(northAngle(37, 35, project)).toBeCloseTo(0, 5);
    expect(Math.abs(northAngle(20, 32, project))).toBeGreaterThan(5);
  });
});

describe('viewRect(bounds) and fitRect(rect, width, height)', () => {
  test.each(views.map((v) => [v.id, v] as const))(
    'view %s: its rectangle contains its key places',
    (_, view) => {
      const rect = viewRect(view.bounds, project);
      expect(view.keyPlaces.length).toBeGreaterThan(0);
      for (const id of view.keyPlaces) {
        const [x, y] = at(id);
        expect(x).toBeGreaterThanOrEqual(rect.x);
        expect(x).toBeLessThanOrEqual(rect.x + rect.width);
        expect(y).toBeGreaterThanOrEqual(rect.y);
        expect(y).toBeLessThanOrEqual(rect.y + rect.height);
      }
    },
  );

  const boxes = [
    [390, 844, { top: 0, right: 0, bottom: 0, left: 0 }],
    [390, 844, { top: 16, right: 16, bottom: 340, left: 16 }],
    [1440, 900, { top: 0, right: 0, bottom: 0, left: 0 }],
    [1440, 900, { top: 0, right: 0, bottom: 0, left: 520 }],
  ] as const;
  for (const view of views) {
    test.each(boxes)(
      `view ${view.id} fitted into %i x %i with insets %o is fully visible and centred`,
      (width, height, insets) => {
        const rect = viewRect(view.bounds, project);
        const camera = fitRect(rect, width, height, insets);
        const [x0, y0] = toScreen(camera, [rect.x, rect.y]);
        const [x1, y1] = toScreen(camera, [rect.x + rect.width, rect.y + rect.height]);
        const e = 1e-6;
        expect(x0).toBeGreaterThanOrEqual(insets.left - e);
        expect(y0).toBeGreaterThanOrEqual(insets.top - e);
        expect(x1).toBeLessThanOrEqual(width - insets.right + e);
        expect(y1).toBeLessThanOrEqual(height - insets.bottom + e);
        // Centred in the free area, and touching it on at least one axis (as large as possible).
        expect((x0 + x1) / 2).toBeCloseTo(
          insets.left + (width - insets.left - insets.right) / 2,
          6,
        );
        expect((y0 + y1) / 2).toBeCloseTo(
          insets.top + (height - insets.top - insets.bottom) / 2,
          6,
        );
        const fillsWidth = Math.abs(x1 - x0 - (width - insets.left - insets.right)) < 1e-6;
        const fillsHeight = Math.abs(y1 - y0 - (height - insets.top - insets.bottom)) < 1e-6;
        expect(fillsWidth || fillsHeight).toBe(true);
      },
    );
  }
});

describe('cameraPath(from, to)', () => {
  test('starts and ends on the two cameras and zooms geometrically', () => {
    const from = { k: 1, x: 10, y: 20 };
    const to = { k: 16, x: -300, y: 40 };
    const path = cameraPath(from, to);
    expect(path(0)).toEqual(from);
    expect(path(1)).toEqual(to);
    expect(path(0.5).k).toBeCloseTo(4, 10);
  });

  test('keeps one point fixed on screen while zooming', () => {
    const from = { k: 2, x: 0, y: 0 };
    const to = { k: 8, x: -600, y: -300 };
    const path = cameraPath(from, to);
    // Fixed point f: 2f = 8f + t1 → f = (100, 50), on screen at (200, 100) throughout.
    for (const t of [0.1, 0.4, 0.9]) expect(toScreen(path(t), [100, 50])[0]).toBeCloseTo(200, 6);
  });

  test('pans in a straight line when the scale does not change', () => {
    const path = cameraPath({ k: 3, x: 0, y: 0 }, { k: 3, x: 100, y: -50 });
    expect(path(0.5)).toEqual({ k: 3, x: 50, y: -25 });
  });
});

describe('scaleBar(rect, centre)', () => {
  test('picks a round length of at most a quarter of the view', () => {
    for (const view of views) {
      const rect = viewRect(view.bounds, project);
      const [[w, s], [e, n]] = view.bounds;
      const bar = scaleBar(rect, [(w + e) / 2, (s + n) / 2], project);
      expect(bar.share).toBeLessThanOrEqual(0.25);
      expect(bar.share).toBeGreaterThan(0.05);
      expect(String(bar.km)).toMatch(/^[125]0*$|^0\.[0-9]*[125]$/);
    }
  });
});

describe('screenTranslate and translateTo', () => {
  test('moves a mark drawn at 0,0 to where the camera puts the point, in whole tenths of a pixel', () => {
    expect(screenTranslate({ k: 2, x: 10, y: -5 }, [3, 4.02])).toBe('translate(16.0px, 3.0px)');
    expect(screenTranslate({ k: 0.5, x: 0, y: 0 }, [-7, 1])).toBe('translate(-3.5px, 0.5px)');
  });

  test('given an angle, turns the mark there after moving it, so it turns about the point', () => {
    expect(screenTranslate({ k: 2, x: 10, y: -5 }, [3, 4], 45)).toBe(
      'translate(16.0px, 3.0px) rotate(45.0deg)',
    );
    expect(translateTo([16, 3], -90.04)).toBe('translate(16.0px, 3.0px) rotate(-90.0deg)');
    expect(translateTo([16, 3])).toBe('translate(16.0px, 3.0px)');
  });
});

// @scene:map (npm run test:scene map runs this file)

describe('content/data/projection.json', () => {
  const write = (settings: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'projection-')), 'projection.json');
    writeFileSync(file, JSON.stringify(settings));
    return file;
  };

  test('the site reads its projection from content', () => {
    expect(projectionSettings()).toMatchObject({ centralMeridian: expect.any(Number) });
    expect(readProjection('content/data/projection.json')).toEqual(projectionSettings());
  });

  test('a mistake names the file, each field and what was expected', () => {
    const file = write({ centralMeridian: '37', parallels: [52, 34], originLatitude: 44 });
    expect(() => readProjection(file)).toThrow(
      /projection\.json: the map projection is not usable:\n {2}centralMeridian: got "37"; expected the longitude in degrees .*\n {2}parallels: got \[52,34\]; expected the southern standard parallel first/,
    );
    expect(() => readProjection(write({ centralMeridian: 37, originLatitude: 44 }))).toThrow(
      /parallels: got nothing \(the field is missing\); expected the two standard parallels/,
    );
  });
});
