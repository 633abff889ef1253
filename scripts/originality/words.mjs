// The word runs the originality test compares: shared by the script that hashes the source
// article's runs (scripts/originality/hash-article.mjs) and the unit test that looks for them in
// the story (tests/unit/originality.test.ts), so both cut words the same way.
import { createHash } from 'node:crypto';

/** How many consecutive words make a copied run. */
export const runLength = 10;

/**
 * The words of a text, case and punctuation aside: lower case, accents and apostrophes dropped
 * ("Moscow’s" is "moscows"), anything else that is not a letter or a digit splits words.
 */
export function words(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A short, stable hash of one run of words (the first 16 hex digits of its SHA-256). */
export function hashRun(runWords) {
  return createHash('sha256').update(runWords.join(' ')).digest('hex').slice(0, 16);
}

/** Every run of `runLength` consecutive words, with its hash. */
export function runs(text) {
  const list = words(text);
  const found = [];
  for (let i = 0; i + runLength <= list.length; i += 1) {
    const run = list.slice(i, i + runLength);
    found.push({ hash: hashRun(run), words: run });
  }
  return found;
}
