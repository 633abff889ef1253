/**
 * A story's image pack, /step-images/<story>.zip: every step's images at every size, with their
 * alt texts and credits (src/server/step-images/pack.ts). Linked from /embed/codes/ and /gallery/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { galleryStories } from '../../server/gallery';
import { formatDays } from '../../shared/format-date';
import { packZip, type PackImage } from '../../server/step-images/pack';
import {
  cardContent,
  imageSizes,
  imageSteps,
  shareHref,
  stepPng,
} from '../../server/step-images/step-images';
import type { StoryEntry } from '../../server/content/stories';
import { caption } from '../../server/captions';

export const getStaticPaths = (async () =>
  (await galleryStories()).map(({ story, href }) => ({
    params: { story: story.id },
    props: { story, href },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: StoryEntry; href: string }> = async ({ props, site }) => {
  const { story, href } = props;
  const absolute = (path: string) => new URL(path, site).href;
  const steps = (await imageSteps()).filter((entry) => entry.story.id === story.id);
  // All drawn side by side first (resvg and sharp use every core), then read in order.
  await Promise.all(steps.flatMap((entry) => imageSizes.map((size) => stepPng(entry, size))));
  const images: PackImage[] = [];
  const packSteps = [];
  for (const entry of steps) {
    const files = imageSizes.map((size) => `${entry.step.id}-${size.id}.png`);
    for (const size of imageSizes)
      images.push({
        path: `${entry.step.id}-${size.id}.png`,
        png: (await stepPng(entry, size)).png,
      });
    const content = await cardContent(entry);
    const { state } = entry.step;
    packSteps.push({
      id: entry.step.id,
      block: entry.block.id,
      alt: entry.step.alt,
      credit: content.credit,
      date: state.date
        ? `${formatDays(state.date.to)}${state.date.from !== state.date.to ? ` (the step moves from ${formatDays(state.date.from)}; the image shows its end)` : ''}`
        : content.dateText,
      share: absolute(shareHref(story.id, entry.step.id)),
      files,
    });
  }
  const zip = packZip({
    folder: `${story.id}-images`,
    headline: story.data.headline,
    storyUrl: absolute(href),
    byline: story.data.byline,
    credit: story.data.credit,
    sizes: imageSizes,
    steps: packSteps,
    images,
    licences: await caption('image-pack-credits'),
    modified: new Date(story.data.updated),
  });
  return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
};
