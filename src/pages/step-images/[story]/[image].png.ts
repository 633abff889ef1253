/**
 * Every step's images, drawn at build (src/server/step-images/): /step-images/<story>/<step>-<size>.png
 * for the sizes share (1200x630), phone (1080x1350) and print (2000x1250).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  imageSizes,
  imageSteps,
  renderAll,
  stepPng,
  type ImageStep,
} from '../../../server/step-images/step-images';
import type { ImageSize } from '../../../server/step-images/compose-card';

export const getStaticPaths = (async () => {
  const steps = await imageSteps();
  return steps.flatMap((entry) =>
    imageSizes.map((size) => ({
      params: { story: entry.story.id, image: `${entry.step.id}-${size.id}` },
      props: { entry, size },
    })),
  );
}) satisfies GetStaticPaths;

let all: Promise<void> | undefined;

export const GET: APIRoute<{ entry: ImageStep; size: ImageSize }> = async ({ props }) => {
  // At build, the first image starts them all, so that they are drawn side by side (an image that
  // fails is reported by its own page, below, with its story and step).
  if (import.meta.env.PROD) all ??= renderAll().catch(() => undefined);
  const { png } = await stepPng(props.entry, props.size);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
