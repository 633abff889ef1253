import { afterEach, describe, expect, test } from 'vitest';
import { ContentFixture } from './content-fixture';

/** Broken copies of content/data/events.json: the build stops and names the file, the event and the reason. */
let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

const eventsFile = 'data/events.json';

function broken(change: (events: Record<string, unknown>[]) => void) {
  fixture = new ContentFixture().edit(eventsFile, (text) => {
    const events = JSON.parse(text) as Record<string, unknown>[];
    change(events);
    return `${JSON.stringify(events, null, 2)}\n`;
  });
  return fixture.sync();
}

const hama = (events: Record<string, unknown>[]) => {
  const found = events.find((event) => event['id'] === 'hama-falls');
  if (!found) throw new Error('the fixture needs the hama-falls event');
  return found;
};

describe('events validation (astro sync)', () => {
  test('an impossible date', () => {
    const result = broken((events) => (hama(events)['date'] = '2024-11-31'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('events.json');
    expect(result.output).toContain('hama-falls');
    expect(result.output).toContain('date: got "2024-11-31"; expected the day of the event: a real day as YYYY-MM-DD');
  });

  test('an unknown place suggests the nearest', () => {
    const result = broken((events) => (hama(events)['places'] = ['hamma']));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('hama-falls');
    expect(result.output).toMatch(/places\.0: got "hamma" \(did you mean "hama"\?\); expected a place id from content\/data\/places\.json/);
  });

  test('an unknown source', () => {
    const result = broken((events) => (hama(events)['sources'] = ['reuters-someday']));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('hama-falls');
    expect(result.output).toContain('sources.0: got "reuters-someday"');
    expect(result.output).toContain('expected a source id from content/data/sources.json');
  });

  test('no source', () => {
    const result = broken((events) => (hama(events)['sources'] = []));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('hama-falls');
    expect(result.output).toContain('sources: got []; expected at least one source id: every event needs a source');
  });

  test('events out of date order', () => {
    const result = broken((events) => (hama(events)['date'] = '2024-11-20'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/events\.json: event "hama-falls" \(entry \d+\): date "2024-11-20" is before the previous event "[a-z-]+" \(2024-12-02\); expected events in date order/);
  });

  test('a range that ends before it starts', () => {
    const result = broken((events) => (hama(events)['dateTo'] = '2024-12-01'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('hama-falls');
    expect(result.output).toContain('dateTo: got "2024-12-01"; expected a day after "date"');
  });
});
