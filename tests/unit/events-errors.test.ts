import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { eventSchema } from '../../src/server/schemas/event';
import { ContentFixture } from './content-fixture';

/**
 * Broken events: through the content config on a broken copy of content/ (the build names the file,
 * the event and the reason), and through the event schema itself for each kind of mistake.
 */
let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

const eventsFile = 'data/events.json';

function broken(change: (events: Record<string, unknown>[]) => void): Promise<string> {
  fixture = new ContentFixture().edit(eventsFile, (text) => {
    const events = JSON.parse(text) as Record<string, unknown>[];
    change(events);
    return `${JSON.stringify(events, null, 2)}\n`;
  });
  return fixture.validate();
}

const hama = (events: Record<string, unknown>[]) => {
  const found = events.find((event) => event['id'] === 'hama-falls');
  if (!found) throw new Error('the fixture needs the hama-falls event');
  return found;
};

describe('events validation (the content config, in-process)', () => {
  test('an impossible date', async () => {
    const output = await broken((events) => (hama(events)['date'] = '2024-11-31'));
    expect(output).toContain('events.json');
    expect(output).toContain('hama-falls');
    expect(output).toContain(
      'date: got "2024-11-31"; expected the day of the event: a real day as YYYY-MM-DD',
    );
  });

  test('events out of date order', async () => {
    const output = await broken((events) => (hama(events)['date'] = '2024-11-20'));
    expect(output).toMatch(
      /events\.json: event "hama-falls" \(entry \d+\): date "2024-11-20" is before the previous event "[a-z-]+" \(2024-12-02\); expected events in date order/,
    );
  });
});

describe('the event schema', () => {
  const ids = (file: string) =>
    (JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as { id: string }[]).map(
      (entry) => entry.id,
    ) as [string, ...string[]];
  const schema = eventSchema(ids('places.json'), ids('sources.json'));
  const good = {
    id: 'hama-falls',
    date: '2024-12-05',
    title: 'Hama falls',
    text: 'The rebels take Hama, in central Syria.',
    places: ['hama'],
    sources: ['bluewin-dpa-2024-12-08'],
    confidence: 'high',
  };
  const problems = (change: Record<string, unknown>) => {
    const result = schema.safeParse({ ...good, ...change });
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  test('accepts a good event', () => expect(problems({})).toEqual([]));

  test('an unknown place suggests the nearest', () => {
    expect(problems({ places: ['hamma'] })).toEqual([
      expect.stringMatching(
        /^places\.0: got "hamma" \(did you mean "hama"\?\); expected a place id from content\/data\/places\.json/,
      ),
    ]);
  });

  test('an unknown source', () => {
    expect(problems({ sources: ['reuters-someday'] })).toEqual([
      expect.stringMatching(
        /^sources\.0: got "reuters-someday"; expected a source id from content\/data\/sources\.json/,
      ),
    ]);
  });

  test('no source', () => {
    expect(problems({ sources: [] })).toEqual([
      'sources: got []; expected at least one source id: every event needs a source',
    ]);
  });

  test('a range that ends before it starts, and a time without its zone', () => {
    expect(problems({ dateTo: '2024-12-01' })).toEqual([
      'dateTo: got "2024-12-01"; expected a day after "date"',
    ]);
    expect(problems({ time: '01:55' })).toEqual([
      expect.stringMatching(/^timeZone: expected "time" and "timeZone" together/),
    ]);
  });
});
