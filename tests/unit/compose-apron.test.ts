import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  imagerySlots,
  type AircraftType,
  type ApronOptions,
} from '../../src/components/airlift/server/apron-layout';
import { composeApron } from '../../src/server/step-images/compose-apron';

const types = new Map(
  (
    JSON.parse(readFileSync('content/data/aircraft.json', 'utf8')) as (AircraftType & {
      id: string;
    })[]
  ).map((a) => [a.id, a]),
);
const [first, second] = [...types.keys()];
const tall: ApronOptions = { maxRowWidth: 240, gap: 14, label: 10, margin: 10 };
const wide: ApronOptions = { maxRowWidth: 420, gap: 18, label: 8, margin: 12 };
const t = (name: string) => `var(--${name})`;
const slots = imagerySlots(
  [
    { type: first!, count: 2 },
    { type: second!, count: 3, disputed: true },
    { type: 'unknown', count: 1 },
  ],
  types,
);
const input = { slots, runway: { width: 45, length: 2800 }, arrangements: [tall, wide] };
const scaleOf = (svg: string) => Number(svg.match(/scale\(([\d.]+)\)/)?.[1]);

describe('composeApron: an apron step drawn for its image', () => {
  const svg = composeApron(input, { x: 0, y: 0, width: 900, height: 420 }, t);

  test('draws each aircraft counted: known types as silhouettes, disputed ones dashed, an unreported type as a "?"', () => {
    expect(svg.match(/<path d="M[^"]*" transform=/g)).toHaveLength(5);
    expect(
      svg.match(/<path d="M[^"]*" transform="[^"]*" fill="none"[^>]*stroke-dasharray/g),
    ).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toContain('>?</text>');
  });

  test('labels the runway at its published width and says the drawing is schematic', () => {
    expect(svg).toContain('Runway, 45 m wide');
    expect(svg).toContain('2,800 m long in all');
    expect(svg).toContain('SCHEMATIC');
  });

  test('picks the arrangement that draws the aircraft largest in the box, and stays inside it', () => {
    const inWide = scaleOf(svg);
    const inTall = scaleOf(composeApron(input, { x: 0, y: 0, width: 360, height: 600 }, t));
    const onlyWide = scaleOf(
      composeApron({ ...input, arrangements: [wide] }, { x: 0, y: 0, width: 360, height: 600 }, t),
    );
    expect(inTall).toBeGreaterThan(onlyWide);
    expect(inWide).toBeGreaterThan(0);
    const [, x, y] = svg.match(/translate\(([\d.]+) ([\d.]+)\) scale/) ?? [];
    expect(Number(x)).toBeGreaterThanOrEqual(0);
    expect(Number(y)).toBeGreaterThanOrEqual(0);
  });
});
