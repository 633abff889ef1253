import { afterEach, describe, expect, test } from 'vitest';
import { ContentFixture, storyFile } from './content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

function broken(relativePath: string, change: (text: string) => string): Promise<string> {
  fixture = new ContentFixture().edit(relativePath, change);
  return fixture.validate();
}

describe('content validation (the content config, in-process)', () => {
  test('the real content passes', async () => {
    fixture = new ContentFixture();
    expect(await fixture.validate()).toBe('');
  });

  test('a missing headline names the file, the field and what was expected', async () => {
    const output = await broken(storyFile, (text) => text.replace(/^headline: .*\n/m, ''));
    expect(output).toContain('stories → russia-syria-exit data does not match collection schema.');
    expect(output).toContain(
      'headline: got nothing (the field is missing); expected a headline of 10 to 140 characters',
    );
  });

  test('a date without a time zone names the bad value and the expected form', async () => {
    const output = await broken(storyFile, (text) =>
      text.replace(/^published: .*$/m, 'published: "2024-12-09 14:00"'),
    );
    expect(output).toContain(
      'published: got "2024-12-09 14:00"; expected the publication date as date, time and time zone',
    );
  });

  test('an unquoted date is caught rather than silently losing its time zone', async () => {
    const output = await broken(storyFile, (text) =>
      text.replace(/^updated: ['"](.*)['"]$/m, 'updated: $1'),
    );
    expect(output).toMatch(/updated: got an unquoted date \(.*\): put the date in quotes/);
  });

  test('an unknown source id lists the valid ids and suggests the nearest', async () => {
    const output = await broken(storyFile, (text) =>
      text.replace(
        /^sources:\n {2}- (\S+)$/m,
        (_line, id: string) => `sources:\n  - ${id.slice(0, -1)}`,
      ),
    );
    expect(output).toMatch(
      /sources\.0: got "[^"]+" \(did you mean "[^"]+"\?\); expected a source id from content\/data\/sources\.json: /,
    );
  });

  test('a source with a bad URL names the entry, the field and the value', async () => {
    const output = await broken('data/sources.json', (text) =>
      text.replace(/"url": "https:\/\/[^"]+"/, '"url": "www.example.org/story"'),
    );
    expect(output).toMatch(/sources → \S+ data does not match collection schema\./);
    expect(output).toContain(
      'url: got "www.example.org/story"; expected a web address starting with https://',
    );
  });

  test('an update dated before publication is rejected', async () => {
    const output = await broken(storyFile, (text) =>
      text.replace(/^updated: .*$/m, 'updated: "2001-01-01T00:00:00Z"'),
    );
    expect(output).toContain(
      'updated: got "2001-01-01T00:00:00Z"; expected a date not earlier than "published"',
    );
  });
});
