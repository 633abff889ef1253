import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import editorConfig from '../../src/editor/keystatic.config';

const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const field = editorConfig.collections.stories.schema.body;
const roundTrip = (text: string) => {
  const value = field.parse(undefined, {
    content: new TextEncoder().encode(text),
    other: new Map(),
    external: new Map(),
    slug: 'story',
  });
  return new TextDecoder().decode(field.serialize(value, { slug: 'story' }).content);
};

describe('the editor', () => {
  for (const story of ['russia-syria-exit', 'russia-libya-air-bridge']) {
    it(`writes ${story}.mdx back as it read it`, () => {
      const text = body(`content/stories/${story}.mdx`).replace(/^\n/, '');
      const out = roundTrip(text);
      expect(out).toBe(text);
    });
  }
});
