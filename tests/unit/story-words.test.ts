import { describe, expect, test } from 'vitest';
import { storySchema } from '../../src/server/schemas/story';

// The words a story prints around its text come from its frontmatter, checked like the rest.
const story = {
  headline: 'A headline long enough',
  dek: 'A dek that is long enough to pass.',
  byline: 'The Desk',
  credit: 'Based on reporting by the desk.',
  published: '2026-11-25T12:00:00Z',
  updated: '2026-11-25T12:00:00Z',
  summary: 'A summary of the story that is long enough to pass the check.',
  focusCountry: 'Libya',
  sources: ['newsweek-2024-12'],
};
const schema = storySchema(['newsweek-2024-12'], ['Libya', 'Syria', 'Tunisia']);
const messages = (extra: Record<string, unknown>) => {
  const result = schema.safeParse({ ...story, ...extra });
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe("a story's kicker and day count", () => {
  test('are optional: a story without them prints neither', () => {
    const parsed = schema.parse(story);
    expect(parsed.kicker).toBeUndefined();
    expect(parsed.dayCountOf).toBeUndefined();
  });
  test('are taken as written', () => {
    expect(
      schema.parse({ ...story, kicker: 'Syria, December 2024', dayCountOf: 'offensive' }),
    ).toMatchObject({ kicker: 'Syria, December 2024', dayCountOf: 'offensive' });
  });
  test('a kicker too long, or a day count that is not a few words, says what is expected', () => {
    expect(messages({ kicker: 'x'.repeat(61) })).toEqual([
      expect.stringMatching(/^kicker: .*expected a kicker of 3 to 60 characters/),
    ]);
    expect(messages({ dayCountOf: 'The 12-day Offensive!' })).toEqual([
      expect.stringMatching(
        /^dayCountOf: .*one or two words in lower case naming the period counted/,
      ),
    ]);
  });
});

describe("a story's focus country", () => {
  test('is one of the countries the map knows, a typo naming the nearest', () => {
    expect(schema.parse(story).focusCountry).toBe('Libya');
    expect(messages({ focusCountry: 'Lybia' })).toEqual([
      expect.stringMatching(
        /^focusCountry: got "Lybia" \(did you mean "Libya"\?\); expected the country the maps emphasise, as Natural Earth \(world-atlas\) names it: Libya, Syria, Tunisia$/,
      ),
    ]);
  });
  test('is required: the maps must know what to emphasise', () => {
    const { focusCountry: _left, ...without } = story;
    expect(schema.safeParse(without).success).toBe(false);
  });
});
