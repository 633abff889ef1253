import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  iframeSnippet,
  oembedResponse,
  responsiveSnippet,
  siteUrl,
} from '../../src/server/embed/embed-code';
import { wordpressOembedFilter } from '../embed-host/oembed-filter.mjs';
import { resolveEmbeds } from '../../src/server/embed/embeds';
import { sliceScene, sceneMarkers, sourcesMentioned } from '../../src/server/embed/scene-slice';
import { storyIndex } from '../../src/server/content/story-index';
import { pinOffset } from '../../src/client/scroll/viewport-source';

const storyFile = 'content/stories/russia-syria-exit.mdx';
const storyText = readFileSync(new URL(`../../${storyFile}`, import.meta.url), 'utf8');
const storyBody = storyText.replace(/^---[\s\S]*?\n---\n/, '');
const storySources = [
  ...(/^sources:\n((?:\s+- .+\n)+)/m.exec(storyText)?.[1] ?? '').matchAll(/- (\S+)/g),
].map((match) => match[1] ?? '');
const storyBlocks = () => storyIndex(storyBody, storySources, storyFile);
const config = () =>
  JSON.parse(
    readFileSync(new URL('../../content/data/embeds.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown> & { scenes: Record<string, unknown>[] };
const story = { file: storyFile, headline: 'A headline' };

describe("the story's scrolly blocks", () => {
  test('are read from the MDX with their headings and step counts, whatever they are now', () => {
    const blocks = storyBlocks();
    const declared = [...storyBody.matchAll(/<Scrolly id="([^"]+)"/g)].map((match) => match[1]);
    expect(blocks.map((block) => block.id)).toEqual(declared);
    for (const block of blocks) {
      const source = storyBody.slice(storyBody.indexOf(`<Scrolly id="${block.id}"`));
      const own = source.slice(0, source.indexOf('</Scrolly>'));
      expect(block.steps).toHaveLength((own.match(/<Step /g) ?? []).length);
      const before = storyBody.slice(0, storyBody.indexOf(`<Scrolly id="${block.id}"`));
      expect(block.heading).toBe([...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1]);
    }
  });
});

describe('content/data/embeds.json', () => {
  const blocks = storyBlocks();

  test('as it is: the whole story, then a scene per entry titled by its heading', () => {
    const { embeds } = resolveEmbeds(config(), blocks, story);
    expect(embeds[0]).toMatchObject({ slug: 'story', path: '/embed/' });
    const timeline = embeds.find((embed) => embed.block === 'aftermath');
    expect(timeline).toMatchObject({
      slug: 'timeline',
      path: '/embed/timeline/',
      title: 'What happened next',
    });
  });

  test('a scene naming a block the story does not have fails with the file, the field and the choices', () => {
    const broken = config();
    broken.scenes[0] = { slug: 'advance', block: 'advnce' };
    expect(() => resolveEmbeds(broken, blocks, story)).toThrow(
      /content\/data\/embeds\.json:\n {2}scenes\.0\.block: got "advnce" \(did you mean "advance"\?\); expected the id of a <Scrolly> block in content\/stories\/russia-syria-exit\.mdx: advance, exit/,
    );
  });

  test.each([
    [
      'a reserved slug',
      { slug: 'codes', block: 'advance' },
      /scenes\.0\.slug: got "codes"; expected a slug other than codes, oembed, story/,
    ],
    [
      'a slug that is not a slug',
      { slug: 'The Advance', block: 'advance' },
      /scenes\.0\.slug: got "The Advance"; expected a lowercase slug/,
    ],
    ['an unknown field', { slug: 'advance', block: 'advance', heigth: 3 }, /scenes\.0/],
  ])('%s fails the build', (_, scene, message) => {
    const broken = config();
    broken.scenes[0] = scene;
    expect(() => resolveEmbeds(broken, blocks, story)).toThrow(message);
  });

  test('a plain iframe lower than the embeds are tested at fails the build, saying the range', () => {
    const broken = config();
    broken['fallbackHeight'] = { story: 800, scene: 400 };
    expect(() => resolveEmbeds(broken, blocks, story)).toThrow(
      /fallbackHeight\.scene: got 400; expected scene: a whole number of pixels from 500 to 3000 \(the embed is tested down to 500 px high\)/,
    );
  });

  test('a slug used twice, and an origin with a path, fail the build', () => {
    const broken = config();
    broken.scenes.push({ slug: 'advance', block: 'exit' });
    broken['acceptMessagesFrom'] = ['https://news.example/path'];
    expect(() => resolveEmbeds(broken, blocks, story)).toThrow(
      new RegExp(`scenes\\.${broken.scenes.length - 1}\\.slug: got "advance" twice`),
    );
    expect(() => resolveEmbeds(broken, blocks, story)).toThrow(
      /acceptMessagesFrom\.0: got "https:\/\/news\.example\/path"; expected an origin only/,
    );
  });
});

describe('embed codes', () => {
  const code = {
    url: 'https://news.example/graphics/embed/exit/',
    framesUrl: 'https://news.example/graphics/embed/frames.js',
    title: 'Assad\'s "exit" <route>',
    fallbackHeight: 760,
  };
  const iframe =
    '<iframe src="https://news.example/graphics/embed/exit/" width="100%" height="760" title="Assad\'s &quot;exit&quot; &lt;route&gt;" style="border:0;width:100%" loading="lazy"></iframe>';

  test('the plain iframe carries its address, size and title, escaped', () => {
    expect(iframeSnippet(code)).toBe(iframe);
  });

  test('the responsive code is the plain iframe, then the upgrade script: no inline script', () => {
    expect(responsiveSnippet(code)).toBe(
      `${iframe}\n<script src="https://news.example/graphics/embed/frames.js"></script>`,
    );
  });

  test('oEmbed: a rich response whose html is the responsive code', () => {
    expect(
      oembedResponse({
        ...code,
        providerName: 'Desk',
        providerUrl: 'https://news.example/graphics/',
        width: 640,
      }),
    ).toEqual({
      version: '1.0',
      type: 'rich',
      title: code.title,
      provider_name: 'Desk',
      provider_url: 'https://news.example/graphics/',
      html: responsiveSnippet(code),
      width: 640,
      height: 760,
    });
  });

  test("through WordPress's oEmbed filter the iframe survives with its address, size and title; the script goes", () => {
    const kept = wordpressOembedFilter(
      oembedResponse({
        ...code,
        providerName: 'Desk',
        providerUrl: 'https://news.example/graphics/',
        width: 640,
      }).html,
    );
    expect(kept).toBe(
      '<iframe src="https://news.example/graphics/embed/exit/" width="100%" height="760" title="Assad\'s &quot;exit&quot; &lt;route&gt;"></iframe>',
    );
  });

  test('addresses follow the configured site and base path', () => {
    expect(siteUrl('/embed/exit/', new URL('https://news.example'), '/graphics/')).toBe(
      'https://news.example/graphics/embed/exit/',
    );
    expect(siteUrl('/embed/', new URL('https://news.example'), '/')).toBe(
      'https://news.example/embed/',
    );
    expect(() => siteUrl('/embed/', undefined, '/')).toThrow(/"site" must be set/);
  });
});

describe('a scene cut out of the rendered story', () => {
  test("keeps only the marked block, and lists the sources it refers to in the story's order", () => {
    const html = `<p>before <a href="#source-a">[1]</a></p>${sceneMarkers.start}<div data-states="[{&quot;sources&quot;:[&quot;c&quot;]}]"><a href="#source-b">[2]</a></div>${sceneMarkers.end}<p>after</p>`;
    const scene = sliceScene(html, 'x');
    expect(scene).not.toContain('before');
    expect(scene).not.toContain('after');
    expect(sourcesMentioned(scene, ['a', 'b', 'c'])).toEqual(['b', 'c']);
  });

  test('a block rendered twice or not at all is an error', () => {
    expect(() => sliceScene('<p>nothing</p>', 'x')).toThrow(/exactly once/);
    expect(() =>
      sliceScene(
        `${sceneMarkers.start}${sceneMarkers.end}${sceneMarkers.start}${sceneMarkers.end}`,
        'x',
      ),
    ).toThrow(/exactly once/);
  });
});

describe("the graphic pinned in the host's viewport", () => {
  const graphic = { top: 0, height: 800 };
  test("stays in its place until the viewport reaches it, follows it, and stops at the block's end", () => {
    expect(pinOffset(-300, graphic, 5000)).toBe(0);
    expect(pinOffset(1200, graphic, 5000)).toBe(1200);
    expect(pinOffset(4800, graphic, 5000)).toBe(4200);
    expect(pinOffset(100, { top: 50, height: 800 }, 5000)).toBe(50);
  });
});
