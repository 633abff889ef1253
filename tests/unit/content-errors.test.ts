import { afterEach, describe, expect, test } from 'vitest';
import { ContentFixture, storyFile } from './content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

function broken(relativePath: string, change: (text: string) => string) {
  fixture = new ContentFixture().edit(relativePath, change);
  return fixture.sync();
}

describe('content validation (astro sync)', () => {
  test('the real content passes', () => {
    fixture = new ContentFixture();
    const result = fixture.sync();
    expect(result.output).not.toMatch(/Error/);
    expect(result.status).toBe(0);
  });

  test('a missing headline names the file, the field and what was expected', () => {
    const result = broken(storyFile, (text) => text.replace(/^headline: .*\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('russia-syria-exit.mdx');
    expect(result.output).toContain('headline: got nothing (the field is missing); expected a headline of 10 to 140 characters');
  });

  test('a date without a time zone names the bad value and the expected form', () => {
    const result = broken(storyFile, (text) => text.replace(/^published: .*$/m, 'published: "2024-12-09 14:00"'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('published: got "2024-12-09 14:00"; expected the publication date as date, time and time zone');
  });

  test('an unquoted date is caught rather than silently losing its time zone', () => {
    const result = broken(storyFile, (text) => text.replace(/^updated: ['"](.*)['"]$/m, 'updated: $1'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/updated: got an unquoted date \(.*\): put the date in quotes/);
  });

  test('an unknown source id lists the valid ids and suggests the nearest', () => {
    const result = broken(storyFile, (text) => text.replace(/^sources:\n  - (\S+)$/m, (_line, id: string) => `sources:\n  - ${id.slice(0, -1)}`));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/sources\.0: got "[^"]+" \(did you mean "[^"]+"\?\); expected a source id from content\/data\/sources\.json: /);
  });

  test('a source with a bad URL names the entry, the field and the value', () => {
    const result = broken('data/sources.json', (text) => text.replace(/"url": "https:\/\/[^"]+"/, '"url": "www.example.org/story"'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('sources.json');
    expect(result.output).toContain('url: got "www.example.org/story"; expected a web address starting with https://');
  });

  test('an update dated before publication is rejected', () => {
    const result = broken(storyFile, (text) => text.replace(/^updated: .*$/m, 'updated: "2001-01-01T00:00:00Z"'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('updated: got "2001-01-01T00:00:00Z"; expected a date not earlier than "published"');
  });
});
