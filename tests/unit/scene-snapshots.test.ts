import { experimental_AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { setCitationContext } from '../../src/server/citations';
import { galleryStories, type GalleryStory } from '../../src/server/gallery';
import { composeMap } from '../../src/server/step-images/compose-map';
import { mapContent } from '../../src/server/step-images/step-images';
import ApronScene from '../../src/scenes/apron/ApronScene.astro';
import TimelineScene from '../../src/scenes/timeline/TimelineScene.astro';
import { syncContentStore } from './content-store';
import { expectGoldenSvg, svgDocument } from './golden-svg';

/**
 * Golden SVGs of each scene's build output, from the real content, in this process: the timeline's
 * and the apron's drawings as their components render them (Astro's container API), and each map
 * step's view, areas of control, arrows, routes and labels as the build lays them out for its
 * image (the base map left out: it is the same for every step, and large). To accept a change:
 * UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/scene-snapshots.test.ts
 */

let stories: GalleryStory[] = [];
let container: experimental_AstroContainer;

beforeAll(async () => {
  await syncContentStore();
  stories = await galleryStories();
  container = await experimental_AstroContainer.create();
}, 120_000);

const blocksOf = (graphic: string) =>
  stories.flatMap(({ story, blocks }) =>
    blocks.filter((block) => block.graphic === graphic).map((block) => ({ story, block })),
  );

/** The `<svg>` drawings of a scene rendered as its page renders it. */
async function sceneDrawings(
  graphic: 'timeline' | 'apron',
  component: typeof TimelineScene | typeof ApronScene,
): Promise<{ name: string; svg: string }[]> {
  const drawings: { name: string; svg: string }[] = [];
  for (const { story, block } of blocksOf(graphic)) {
    const locals = {};
    setCitationContext({ locals } as Parameters<typeof setCitationContext>[0], {
      storyFile: story.filePath ?? story.id,
      sourceOrder: story.data.sources,
      body: story.body,
    });
    const html = await container.renderToString(component, {
      props: { states: block.steps.map((step) => step.state) },
      locals,
    });
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    svgs.forEach((svg, index) =>
      drawings.push({ name: `${story.id} <Scrolly id="${block.id}"> drawing ${index + 1}`, svg }),
    );
  }
  return drawings;
}

describe("the scenes' build output matches tests/unit/snapshots/", () => {
  test('the timeline: every drawing and its cursor', async () => {
    const drawings = await sceneDrawings('timeline', TimelineScene);
    expect(drawings.length).toBeGreaterThan(0);
    expectGoldenSvg('timeline', svgDocument(drawings));
  });

  test("the apron: every imagery's drawings", async () => {
    const drawings = await sceneDrawings('apron', ApronScene);
    expect(drawings.length).toBeGreaterThan(0);
    expectGoldenSvg('apron', svgDocument(drawings));
  });

  test("the map: each step's view, areas, arrows, routes and labels", async () => {
    // Colours by token name (kinds' and factions' own colours are content's): the snapshot holds the geometry.
    const t = (name: string) => name;
    const box = { x: 0, y: 0, width: 400, height: 300 };
    const drawings: { name: string; svg: string }[] = [];
    for (const { story, block } of blocksOf('map')) {
      for (const step of block.steps) {
        if (step.state.kind !== 'map') continue;
        const { input } = await mapContent(step.state, t, story.data.focusCountry);
        const noBaseMap = {
          ...input,
          regional: { ...input.regional, land: '', focus: '', borders: '' },
          detailLevel: { ...input.detailLevel, land: '', focus: '', borders: '', governorates: '' },
        };
        const svg = composeMap(noBaseMap, box, t, `map-${step.id}`).svg;
        drawings.push({
          name: `${story.id} <Step id="${step.id}">`,
          svg: `<svg id="${step.id}" viewBox="0 0 ${box.width} ${box.height}">${svg}</svg>`,
        });
      }
    }
    expect(drawings.length).toBeGreaterThan(0);
    expectGoldenSvg('map', svgDocument(drawings));
  });
});
