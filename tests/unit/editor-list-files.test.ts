import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formText, fromForm, listFileText, listFiles, toForm } from '../../src/editor/list-files';

// The editor reads sources, places and events as forms and writes them back: nothing may be lost
// or moved, so that saving a list in the editor changes only the entries a journalist changed.
describe("the editor's list files", () => {
  for (const file of listFiles) {
    test(`${file.path}.json is written back as it was read`, () => {
      const text = readFileSync(`${file.path}.json`, 'utf8');
      const form = JSON.parse(formText(file, text)) as { entries: Record<string, unknown>[] };
      expect(form.entries.length).toBeGreaterThan(0);
      expect(listFileText(file, form)).toBe(text);
    });
  }

  test('a source read via a repost is a flat form; an empty "read via" is left out', () => {
    const sources = listFiles.find((file) => file.key === 'sources');
    if (!sources) throw new Error('no sources list');
    const entry = {
      id: 'a',
      date: '2024-12-08',
      readVia: { publisher: 'Babnet', url: 'https://example.org/' },
      usedFor: 'x',
    };
    expect(toForm(sources, entry)).toEqual({
      id: 'a',
      date: '2024-12-08',
      readViaPublisher: 'Babnet',
      readViaUrl: 'https://example.org/',
      usedFor: 'x',
    });
    expect(Object.keys(fromForm(sources, toForm(sources, entry)))).toEqual([
      'id',
      'date',
      'readVia',
      'usedFor',
    ]);
    expect(
      fromForm(sources, {
        id: 'b',
        date: '2024-12-08',
        readViaPublisher: '',
        readViaUrl: undefined,
        usedFor: 'y',
      }),
    ).toEqual({ id: 'b', date: '2024-12-08', usedFor: 'y' });
  });
});
