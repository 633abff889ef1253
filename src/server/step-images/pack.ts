/**
 * A story's image pack: one zip with every step's images at every size, in reading order, and a
 * text file of what a newsroom needs to publish them: each image's alt text, date and credit
 * line, the share page, and the map data's licences. Pure (fflate), so it is tested on its own.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface PackImage {
  /** Path inside the zip, e.g. "my-story/city-falls-share.png". */
  path: string;
  png: Uint8Array;
}

export interface PackStep {
  id: string;
  block: string;
  alt: string;
  credit: string;
  date: string;
  share: string;
  files: string[];
}

export interface PackInput {
  folder: string;
  headline: string;
  storyUrl: string;
  byline: string;
  credit: string;
  sizes: readonly { id: string; title: string }[];
  steps: PackStep[];
  images: PackImage[];
  licences: string;
  /** The zip's file dates (the story's last update), so the same story gives the same bytes. */
  modified: Date;
}

export const creditsFile = 'CREDITS-AND-ALT-TEXT.txt';

export function packText(input: PackInput): string {
  const lines = [
    input.headline,
    input.storyUrl,
    '',
    `By ${input.byline}. ${input.credit}`,
    '',
    "Every step of the story as an image, drawn from the same data as the story's graphics, in three sizes:",
    ...input.sizes.map((size) => `  *-${size.id}.png: ${size.title}`),
    '',
    'Publish each image with its alt text (for readers who cannot see it) and its credit line.',
    '',
  ];
  for (const step of input.steps) {
    lines.push(
      `== ${step.id} (block "${step.block}")`,
      `Files: ${step.files.join(', ')}`,
      `Shows: ${step.date}`,
      `Alt text: ${step.alt}`,
      `Credit: ${step.credit}`,
      `Share page: ${step.share}`,
      '',
    );
  }
  lines.push('== Licences', input.licences, '');
  return lines.join('\n');
}

export function packZip(input: PackInput): Uint8Array {
  const files: Zippable = {};
  const mtime = input.modified;
  // PNGs are compressed already: stored as they are, which also keeps the build fast.
  for (const image of input.images)
    files[`${input.folder}/${image.path}`] = [image.png, { level: 0, mtime }];
  files[`${input.folder}/${creditsFile}`] = [strToU8(packText(input)), { level: 9, mtime }];
  return zipSync(files);
}
