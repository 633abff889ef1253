import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stepWordLimit } from '../../src/server/schemas/step';

/**
 * On a phone the step's words sit in a card in the lower third of the screen: every step's text
 * is at most the limit the build warns past (src/server/schemas/step.ts). Split a longer step into two.
 */
const maxWords = stepWordLimit;

function stepTexts(mdx: string): { id: string; words: number }[] {
  return [...mdx.matchAll(/<Step\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/Step>/g)].map((match) => {
    const text = (match[2] ?? '')
      .replace(/<(Cite|Imagery)\b[^>]*\/>/g, ' ')
      .replace(/<\/?Quote\b[^>]*>/g, ' ')
      .replace(/[*_#]/g, ' ');
    return {
      id: match[1] ?? '',
      words: text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
    };
  });
}

describe(`every step's text is ${maxWords} words or fewer`, () => {
  for (const file of readdirSync('content/stories').filter((name) => name.endsWith('.mdx'))) {
    test(file, () => {
      const long = stepTexts(readFileSync(`content/stories/${file}`, 'utf8')).filter(
        (step) => step.words > maxWords,
      );
      expect(long, `steps longer than ${maxWords} words: split them in two`).toEqual([]);
    });
  }

  test("counts a step's words, citations aside", () => {
    expect(
      stepTexts(
        '<Step id="a" view="v">\n  **December 9.** One two three. <Cite source="x" />\n</Step>',
      ),
    ).toEqual([{ id: 'a', words: 5 }]);
  });
});
