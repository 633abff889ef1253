import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkGlyphs,
  composeCard,
  ImageInputError,
  imageSizes,
  svgTexts,
  type CardContent,
} from '../../src/server/step-images/compose-card';
import {
  composeMap,
  pathTouches,
  type MapImageInput,
  type MapImageItem,
} from '../../src/server/step-images/compose-map';
import { composeTimeline } from '../../src/server/step-images/compose-timeline';
import {
  measure,
  missingGlyphs,
  readFont,
  wrapText,
} from '../../src/server/step-images/font-metrics';
import { creditsFile, packText, packZip, type PackInput } from '../../src/server/step-images/pack';
import { fontFiles, imageKey, isBlank, renderPng } from '../../src/server/step-images/render';
import { clip, firstSentence, shareSummary } from '../../src/server/step-images/share-text';
import { storyAxis } from '../../src/scenes/timeline/timeline-model';

/** Issue 22: the step images' pure parts (layout, fonts, the pack) and the renderer's cache. */

const fonts = {
  regular: readFont(readFileSync(fontFiles[0]!), 'DejaVu Sans'),
  bold: readFont(readFileSync(fontFiles[1]!), 'DejaVu Sans'),
};
const t = (name: string) =>
  name.startsWith('color-text') || name.includes('label') || name.includes('city')
    ? '#1a1a1a'
    : '#dce7ee';

describe('font metrics, read from the TrueType file the renderer uses', () => {
  test('knows which characters the font draws, and how wide', () => {
    expect(fonts.regular.unitsPerEm).toBe(2048);
    expect(missingGlyphs(fonts.regular, 'Ḩamāh – “Khmeimim” 5 km')).toEqual([]);
    expect(missingGlyphs(fonts.regular, 'Hama 哈马 🛩')).toEqual(['哈', '马', '🛩']);
    expect(measure(fonts.regular, 'WWW', 12)).toBeGreaterThan(measure(fonts.regular, 'iii', 12));
    expect(measure(fonts.bold, 'Hama', 12)).toBeGreaterThan(measure(fonts.regular, 'Hama', 12));
    expect(measure(fonts.regular, 'Hama', 24)).toBeCloseTo(2 * measure(fonts.regular, 'Hama', 12));
  });

  test('wraps text to a width, and cuts it with an ellipsis at a line limit', () => {
    const text = 'The rebels entered Aleppo on November 29 and took the city within two days';
    const lines = wrapText(fonts.regular, text, 12, 150);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(fonts.regular, line, 12)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
    const cut = wrapText(fonts.regular, text, 12, 150, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
    expect(measure(fonts.regular, cut[1]!, 12)).toBeLessThanOrEqual(150);
  });
});

const item = (
  id: string,
  label: MapImageItem['label'],
  narrow?: MapImageItem['narrow'],
): MapImageItem => ({
  id,
  point: [50, 50],
  kind: 'city',
  symbol: 'dot',
  labelStyle: 'standard',
  fontSize: 13,
  symbolRadius: 3.5,
  texts: [id, id.slice(0, 3)],
  highlight: false,
  label,
  narrow,
});

describe('the map, laid out for the image', () => {
  test('an area is on the map when one of its vertices is in the view', () => {
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    expect(pathTouches('M20,20L30,20L30,30Z', rect)).toBe(false);
    expect(pathTouches('M20,20L5,5L30,30Z', rect)).toBe(true);
    expect(pathTouches('M-5.5,-2L-1,-1Z', rect)).toBe(false);
    // Relative and compact, as path-string.ts writes the areas: 20,20 then 20-15=5, 20-15=5.
    expect(pathTouches('M20 20l-15-15', rect)).toBe(true);
    expect(pathTouches('M20 20l5 5l.5.5z', rect)).toBe(false);
    expect(pathTouches('M20 20l5 5zm-12-12', rect)).toBe(true);
  });

  const input = (over: Partial<MapImageInput> = {}): MapImageInput => ({
    rect: { x: 0, y: 0, width: 100, height: 100 },
    detail: 'high',
    regional: {
      clip: { x: -1000, y: -1000, width: 3000, height: 3000 },
      land: 'M0,0L100,0L100,100Z',
      focus: 'M10,10L20,10L20,20Z',
      borders: 'M0,0L1,1',
    },
    detailLevel: {
      clip: { x: -50, y: -50, width: 200, height: 200 },
      land: 'M0,0L100,0L100,100Z',
      focus: 'M10,10L20,10L20,20Z',
      borders: 'M0,0L1,1',
      governorates: 'M0,0L2,2',
    },
    governorates: true,
    areas: [],
    routes: [],
    thrusts: [],
    falls: [],
    items: [item('Hama', [0, 'e', 0])],
    scale: { km: 20, share: 0.2 },
    north: null,
    tiers: { narrow: [160, 250], wide: [330, 700] },
    ...over,
  });

  test('the view fills the box it is given, whatever its shape, and labels sit at their points', () => {
    const { svg, camera, stageWidth } = composeMap(
      input(),
      { x: 100, y: 0, width: 800, height: 400 },
      t,
    );
    expect(camera.k).toBeCloseTo(388 / 100);
    expect(stageWidth).toBeCloseTo(388);
    // The point (50, 50) at the centre of the box.
    expect(svg).toContain('translate(500 200)');
    expect(svgTexts(svg)).toContain('Hama');
    expect(svgTexts(svg)).toContain('20 km');
  });

  test("the step's end is drawn: the arrow whole with its head, the route with its aircraft, the falls of the snapshot", () => {
    const { svg } = composeMap(
      input({
        thrusts: [
          {
            faction: 'hts',
            points: [
              [10, 10],
              [90, 90],
            ],
          },
        ],
        routes: [
          {
            kind: 'schematic',
            points: [
              [10, 90],
              [90, 10],
            ],
            aircraft: true,
          },
        ],
        falls: [
          { point: [90, 90], faction: 'hts', text: 'Dec 5', latest: true },
          { point: [10, 10], faction: 'hts', text: 'Nov 30', latest: false },
        ],
      }),
      { x: 0, y: 0, width: 500, height: 500 },
      t,
    );
    expect(svg).toContain('M7 0L-5 -6.5L-2.5 0L-5 6.5Z');
    expect(svg).toContain('stroke-dasharray="7 5"');
    expect(svg).toContain('M9 0L6 -1.2');
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Dec 5', 'Nov 30']));
  });

  test('on a small map only the latest fall is dated, as on the page', () => {
    const falls = [
      { point: [90, 90] as [number, number], faction: 'hts', text: 'Dec 5', latest: true },
      { point: [10, 10] as [number, number], faction: 'hts', text: 'Nov 30', latest: false },
    ];
    const { svg } = composeMap(
      input({ rect: { x: 0, y: 0, width: 1000, height: 1000 }, falls }),
      { x: 0, y: 0, width: 300, height: 300 },
      t,
    );
    expect(svgTexts(svg)).toContain('Dec 5');
    expect(svgTexts(svg)).not.toContain('Nov 30');
  });
});

const content = (over: Partial<CardContent> = {}): CardContent => ({
  headline: 'Assad fled to Moscow. Russia’s troops in Syria were left exposed',
  dateText: 'December 5, 2024',
  status: 'Confirmed',
  note: 'Areas approximate, December 5, 2024',
  key: [
    { kind: 'symbol', symbol: 'dot', label: 'City or town' },
    { kind: 'swatch', fill: '#eab8d6', label: 'Syrian government' },
    { kind: 'swatch', fill: '', hatch: true, label: 'Holder not sourced' },
    { kind: 'arrow', colour: '#0d5c46', label: 'Main rebel thrusts' },
  ],
  credit: 'The Graphics Desk. Sources: Gulf News (AFP). Map: Natural Earth.',
  graphic: (box) =>
    `<rect data-graphic="${box.width}x${box.height}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/>`,
  ...over,
});

describe('the card around the graphic, one layout per size', () => {
  test('each size is its own layout at its own pixel size, with the date, key and credit', () => {
    const boxes = new Set<string>();
    for (const size of imageSizes) {
      const svg = composeCard(size, content(), fonts, t);
      expect(svg).toContain(`width="${size.width}" height="${size.height}"`);
      const texts = svgTexts(svg).join(' ');
      expect(texts).toContain('December 5');
      expect(texts).toContain('Syrian government');
      expect(texts).toContain('The Graphics Desk');
      expect(texts.includes('Assad fled'), size.id).toBe(size.id !== 'print');
      boxes.add(svg.match(/data-graphic="([^"]+)"/)?.[1] ?? '');
    }
    expect(boxes.size).toBe(3);
    expect(imageSizes.map((size) => [size.id, size.width, size.height])).toEqual([
      ['share', 1200, 630],
      ['phone', 1080, 1350],
      ['print', 2000, 1500],
    ]);
  });

  test('text the font cannot draw stops with the character and where it is, never a blank label', () => {
    expect(() =>
      composeCard(imageSizes[0]!, content({ dateText: 'December 5 北' }), fonts, t),
    ).toThrowError(ImageInputError);
    expect(() =>
      composeCard(imageSizes[0]!, content({ dateText: 'December 5 北' }), fonts, t),
    ).toThrowError(/no glyph for "北" \(U\+5317\) in "December 5 北"/);
    // The map's labels are checked too: everything drawn as text.
    const graphic = () => '<text x="0" y="0">Hama 🛩</text>';
    expect(() => composeCard(imageSizes[1]!, content({ graphic }), fonts, t)).toThrowError(
      /U\+1F6E9/,
    );
    expect(() => checkGlyphs(fonts, ['Ḩamāh', 'Dec 7–8'])).not.toThrow();
  });

  test("a key too long for the phone card's graphic is an error, not a squeezed map", () => {
    const key = Array.from({ length: 40 }, (_, i) => ({
      kind: 'swatch' as const,
      fill: '#ccc',
      label: `A long faction name number ${i}`,
    }));
    expect(() => composeCard(imageSizes[1]!, content({ key }), fonts, t)).toThrowError(
      /leave the phone card's graphic -?\d+ px; expected at least 200/,
    );
  });

  test("the timeline puts its cursor on the step's day and names the event", () => {
    const events = [
      {
        id: 'a',
        date: '2024-11-27',
        confidence: 'high' as const,
        title: 'Offensive begins',
        text: 'Rebels attack.',
      },
      {
        id: 'b',
        date: '2024-12-08',
        confidence: 'medium' as const,
        title: 'Damascus falls',
        text: 'Assad leaves.',
      },
      {
        id: 'c',
        date: '2024-12-31',
        confidence: 'low' as const,
        title: 'Flights to Libya',
        text: 'A spike.',
      },
    ];
    const axis = storyAxis('2024-11-27', '2024-12-08', '2024-12-31');
    const svg = composeTimeline(
      {
        axis,
        events,
        milestones: { start: '2024-11-27', end: '2024-12-08' },
        bandLabel: 'The offensive',
        day: '2024-12-08',
        current: events[1],
        dateText: 'December 8, 2024',
        dayCount: 'Day 12 of 12',
      },
      { x: 0, y: 0, width: 400, height: 400 },
      t,
      fonts,
    );
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['Day 12 of 12', 'Damascus falls', 'Assad leaves.', 'The offensive']),
    );
  });
});

describe('share pages in words', () => {
  test("the title is the step's first sentence, the description its text alternative, both cut at a word", () => {
    expect(firstSentence('Hama fell on December 5. Then Homs.')).toBe('Hama fell on December 5.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
    expect(clip('a '.repeat(100), 21)).toMatch(/^(a ){9}a…$/);
    expect(
      shareSummary('Headline of the story', 'Short.', 'A map of Syria with Hama marked.').title,
    ).toBe('Headline of the story');
    expect(shareSummary('H', 'The rebels entered Aleppo on November 29. More.', 'alt').title).toBe(
      'The rebels entered Aleppo on November 29.',
    );
  });
});

describe('the image pack', () => {
  const png = (n: number) => new Uint8Array([137, 80, 78, 71, n]);
  const pack = (): PackInput => ({
    folder: 'story-images',
    headline: 'A headline',
    storyUrl: 'https://example.org/',
    byline: 'The Graphics Desk',
    credit: 'Based on reporting.',
    sizes: imageSizes,
    steps: [
      {
        id: 'hama-falls',
        block: 'advance',
        alt: 'Map of Syria with Hama marked.',
        credit: 'Sources: dpa.',
        date: 'December 5, 2024',
        share: 'https://example.org/s/story/hama-falls/',
        files: ['hama-falls-share.png'],
      },
    ],
    images: [
      { path: 'hama-falls-share.png', png: png(1) },
      { path: 'hama-falls-phone.png', png: png(2) },
    ],
    licences: 'Natural Earth (public domain).',
    modified: new Date('2026-11-25T12:00:00Z'),
  });

  test('holds every image as it is, and a text file of alt texts and credits', () => {
    const files = unzipSync(packZip(pack()));
    expect(Object.keys(files).sort()).toEqual([
      'story-images/CREDITS-AND-ALT-TEXT.txt',
      'story-images/hama-falls-phone.png',
      'story-images/hama-falls-share.png',
    ]);
    expect([...files['story-images/hama-falls-phone.png']!]).toEqual([...png(2)]);
    const text = new TextDecoder().decode(files[`story-images/${creditsFile}`]);
    expect(text).toContain('Alt text: Map of Syria with Hama marked.');
    expect(text).toContain('Credit: Sources: dpa.');
    expect(text).toContain('Share page: https://example.org/s/story/hama-falls/');
    expect(packText(pack())).toContain('Natural Earth (public domain).');
  });

  test('the same story gives the same bytes (no build time in the zip)', () => {
    expect(Buffer.from(packZip(pack())).equals(Buffer.from(packZip(pack())))).toBe(true);
  });
});

describe('the renderer and its cache', () => {
  const cache = mkdtempSync(join(tmpdir(), 'step-images-cache-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const svg = (fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150" viewBox="0 0 300 150"><rect width="300" height="150" fill="#fff"/><text x="20" y="80" font-size="30" fill="${fill}">Hama</text></svg>`;

  test("draws a PNG at the width asked, with the shipped font, and keeps it under its state's hash", async () => {
    const first = await renderPng(svg('#000'), 600, cache);
    expect(first.cached).toBe(false);
    expect([first.png.readUInt32BE(16), first.png.readUInt32BE(20)]).toEqual([600, 300]);
    const again = await renderPng(svg('#000'), 600, cache);
    expect(again.cached).toBe(true);
    expect(again.png.equals(first.png)).toBe(true);
    // Any change to the state is a new key, drawn anew.
    expect(imageKey(svg('#111'), 600)).not.toBe(first.key);
    expect(imageKey(svg('#000'), 601)).not.toBe(first.key);
    expect((await renderPng(svg('#111'), 600, cache)).cached).toBe(false);
  });

  test('an image that comes out blank is an error', async () => {
    await expect(
      renderPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#fff"/></svg>',
        100,
        cache,
      ),
    ).rejects.toThrow(/blank/);
    expect(isBlank(new Uint8Array(64))).toBe(true);
    expect(isBlank(new Uint8Array([0, 0, 0, 255, 0, 0, 0, 255, 1, 0, 0, 255]))).toBe(false);
  });
});

describe('the size budget and lazy images', () => {
  test("a lazy image counts among the page's images but not in its first view", async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { pageBytes } = await import('../../src/server/budgets/page-bytes');
    const dir = mkdtempSync(join(tmpdir(), 'page-bytes-'));
    mkdirSync(join(dir, 'img'));
    writeFileSync(join(dir, 'img', 'eager.png'), Buffer.alloc(1000));
    writeFileSync(join(dir, 'img', 'lazy.png'), Buffer.alloc(50_000));
    writeFileSync(
      join(dir, 'index.html'),
      '<p>hi</p><img src="/img/eager.png" alt=""><picture><img src="/img/lazy.png" alt="" loading="lazy"></picture>',
    );
    const bytes = pageBytes(dir, join(dir, 'index.html'));
    expect(bytes.images.raw).toBe(51_000);
    expect(bytes.firstView.raw).toBe(bytes.html.raw + 1000);
    rmSync(dir, { recursive: true, force: true });
  });
});
