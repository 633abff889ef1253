import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/server/schemas/event';
import { places } from './data';

/** The real content/data/events.json, checked against the story it serves. */
const events = JSON.parse(readFileSync('content/data/events.json', 'utf8')) as (TimelineEvent & {
  id: string;
})[];
const story = readFileSync('content/stories/russia-syria-exit.mdx', 'utf8');
const storySources = [
  ...(story.match(/^sources:\n((?: {2}- .+\n)+)/m)?.[1] ?? '').matchAll(/- (\S+)/g),
].map((match) => match[1]);

describe('content/data/events.json', () => {
  test('runs from the start of the offensive to the latest reporting (2026), in date order', () => {
    expect(events[0]?.date).toBe('2024-11-27');
    expect(events.at(-1)?.date ?? '').toMatch(/^2026-/);
    const dates = events.map((event) => event.date);
    expect([...dates].sort()).toEqual(dates);
  });

  test('cites only sources the story lists, and places on the map', () => {
    const placeIds = new Set(places.map((place) => place.id));
    for (const event of events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const id of event.sources) expect(storySources, `${event.id}: ${id}`).toContain(id);
      for (const id of event.places) expect(placeIds.has(id), `${event.id}: ${id}`).toBe(true);
    }
  });

  test('records the conflicts between sources: the start (26 or 27 November) and Homs (7 or 8 December)', () => {
    const start = events.find((event) => event.milestone === 'period-start');
    expect(start?.conflict).toMatch(/November 26/);
    const homs = events.find((event) => event.id === 'homs-falls');
    expect(homs).toMatchObject({ date: '2024-12-07', dateTo: '2024-12-08' });
    expect(homs?.conflict).toBeTruthy();
  });

  test('marks the offensive once at each end, twelve days apart', () => {
    const start = events.filter((event) => event.milestone === 'period-start');
    const end = events.filter((event) => event.milestone === 'period-end');
    expect(start).toHaveLength(1);
    expect(end).toHaveLength(1);
    expect(
      (Date.parse(end[0]?.date ?? '') - Date.parse(start[0]?.date ?? '')) / 86_400_000 + 1,
    ).toBe(12);
  });

  test("every date the story's timeline steps declare has an event", () => {
    const stepDates = [
      ...story.matchAll(/<Step [^>]*date="(\d{4}-\d\d-\d\d)" event="([^"]+)"/g),
    ].map((match) => ({ date: match[1], event: match[2] }));
    expect(stepDates.length).toBeGreaterThan(0);
    for (const { date, event } of stepDates)
      expect(events.find((candidate) => candidate.id === event)?.date, event).toBe(date);
  });
});
