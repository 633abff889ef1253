import { afterEach, expect, test } from 'vitest';
import { ContentFixture, storyFile } from './content-fixture';

/**
 * Issue 22: a step whose image cannot be drawn stops `astro build` naming the story file, the
 * block and the step, and what is wrong; it never ships a blank or half-drawn image. Here a place
 * label gets a character the image font (DejaVu Sans) has no glyph for.
 */

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

test('a label the image font cannot draw stops the build, naming the story, the block and the step', () => {
  fixture = new ContentFixture({ copyCode: true }).edit('data/places.json', (text) =>
    text.replace('"label": "Hama"', '"label": "Hama 哈马"'),
  );
  const { status, output } = fixture.build();
  expect(status).not.toBe(0);
  expect(output).toMatch(
    new RegExp(
      `content/${storyFile.replace('.', '\\.')} <Scrolly id="advance"> <Step id="[a-z-]+">: cannot draw the step's image`,
    ),
  );
  expect(output).toContain(
    'the image font (DejaVu Sans) has no glyph for "哈" (U+54C8), "马" (U+9A6C) in "Hama 哈马"',
  );
}, 240_000);
