import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runs } from '../../scripts/originality/words.mjs';

/**
 * Own words: no run of 10 consecutive words of the source article (Newsweek, December 2024) may
 * appear in the story's MDX or in the text of content/data outside quotation marks. Case and
 * punctuation aside, "Moscow's" and "moscows" are the same word.
 *
 * The article is not in the project: the test compares hashes of word runs with
 * tests/unit/fixtures/source-article-runs.json. To regenerate that file (when the source article
 * changes), run from the project's root, with the shared folder beside the checkout:
 *
 *   node scripts/originality/hash-article.mjs ../shared/source/article.txt
 *
 * Quoted words are set aside: text inside “curly quotes” (and, in data files, "straight" quotes
 * within a value), and the body of a <Quote> in MDX. Quote, don't copy.
 */
interface Run {
  hash: string;
  words: string[];
}

const articleRuns = new Set<string>(
  (
    JSON.parse(readFileSync('tests/unit/fixtures/source-article-runs.json', 'utf8')) as {
      hashes: string[];
    }
  ).hashes,
);

/** The runs of each stretch of text between quotations; a quotation breaks a run. */
function unquotedRuns(text: string, quotes: RegExp): Run[] {
  return text.split(quotes).flatMap((segment) => runs(segment) as Run[]);
}

/** The MDX as a reader's words: a <Quote>'s body set aside, a <Cite> read as a space. */
export function mdxRuns(mdx: string): Run[] {
  const text = mdx
    .replace(/(<Quote\b[^>]*>)[\s\S]*?(<\/Quote>)/g, '$1 “quoted” $2')
    .replace(/<Cite\b[^>]*\/>/g, ' ');
  return unquotedRuns(text, /“[^”]*”/);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export function dataRuns(json: string): Run[] {
  return strings(JSON.parse(json)).flatMap((text) => unquotedRuns(text, /“[^”]*”|"[^"]*"/));
}

const copiedFrom = (hashes: Set<string>, found: Run[]) => [
  ...new Set(found.filter((run) => hashes.has(run.hash)).map((run) => run.words.join(' '))),
];
const copied = (found: Run[]) => copiedFrom(articleRuns, found);

function files(dir: string, ends: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ends);
    return ends.test(name) ? [path] : [];
  });
}

describe('own words: no 10-word run of the source article outside quotation marks', () => {
  test("the hashes file holds the article's runs", () => {
    expect(articleRuns.size).toBeGreaterThan(400);
  });

  test.each(files('content/stories', /\.mdx$/))('%s', (file) => {
    expect(
      copied(mdxRuns(readFileSync(file, 'utf8'))),
      `${file} copies these runs of the source article's wording: rewrite them in your own words, or quote and attribute them`,
    ).toEqual([]);
  });

  test.each(files('content/data', /\.(json|geojson)$/))('%s', (file) => {
    expect(
      copied(dataRuns(readFileSync(file, 'utf8'))),
      `${file} copies these runs of the source article's wording: rewrite them in your own words, or quote and attribute them`,
    ).toEqual([]);
  });

  // The check must be able to fail. It is shown here on a stand-in "article" of our own words
  // (the project holds no copy of the real one): its runs are caught in MDX and in data, and the
  // same words inside quotation marks pass.
  test('catches a copied run, and lets a quoted one through', () => {
    const standIn =
      'The quick brown fox jumps over the lazy dog while the farmer sleeps soundly in the barn.';
    const standInRuns = new Set((runs(standIn) as Run[]).map((run) => run.hash));
    const caught = (found: Run[]) => copiedFrom(standInRuns, found);
    const copy =
      'On Tuesday the quick brown fox jumps over the lazy dog while the farmer sleeps, we wrote.';
    expect(caught(mdxRuns(copy))).toHaveLength(4);
    expect(caught(mdxRuns(copy))[0]).toBe('the quick brown fox jumps over the lazy dog while');
    expect(caught(dataRuns(JSON.stringify([{ text: copy }])))).toHaveLength(4);
    expect(caught(mdxRuns(`<Quote by="x">${copy}</Quote>`))).toEqual([]);
    expect(caught(mdxRuns(`As it put it, “${copy}”`))).toEqual([]);
    expect(caught(dataRuns(JSON.stringify([{ text: `It said “${copy}”` }])))).toEqual([]);
    expect(caught(dataRuns(JSON.stringify([{ text: `It said "${copy}"` }])))).toEqual([]);
    // Case, punctuation and a citation in the middle do not hide a copy.
    expect(
      caught(
        mdxRuns(
          'THE QUICK brown-fox jumps <Cite source="x" /> over the lazy dog, while the farmer...',
        ),
      ).length,
    ).toBe(3);
  });
});
