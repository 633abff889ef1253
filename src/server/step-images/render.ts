/**
 * Rasterising a step image's SVG to PNG in Node: resvg (no browser, no system fonts: only the
 * DejaVu Sans files of the npm package dejavu-fonts-ttf, so every machine draws the same pixels),
 * then sharp for a compact PNG. Each result is kept on disk under a hash of everything that makes
 * the picture (the SVG, which holds the whole state, the font files, the renderer's version), so a
 * build draws only the images whose step changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { readFont, type FontMetrics } from './font-metrics';

/** The family every step image's text is set in. */
export const fontFamily = 'DejaVu Sans';
const fontNames = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSans-Oblique.ttf',
  'DejaVuSans-BoldOblique.ttf',
];

const require = createRequire(join(process.cwd(), 'package.json'));
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const fontFiles = fontNames.map((name) => join(fontDir, name));

let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** Glyph coverage and widths of the regular and bold faces (the oblique ones cover the same characters). */
export function fontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  metrics ??= {
    regular: readFont(readFileSync(fontFiles[0]!), fontFamily),
    bold: readFont(readFileSync(fontFiles[1]!), fontFamily),
  };
  return metrics;
}

/** Bump when the drawing code changes in a way the SVG text does not show (it always does today). */
const rendererVersion = `resvg-${require('@resvg/resvg-js/package.json').version as string}/sharp-${sharp.versions.sharp}/1`;
let fontHash: string | undefined;

/** The cache key of an image: its SVG, its pixel size, the fonts and the renderers. */
export function imageKey(svg: string, width: number): string {
  fontHash ??= createHash('sha256')
    .update(fontFiles.map((file) => readFileSync(file).length).join(','))
    .update(
      fontFiles
        .map((file) => createHash('sha256').update(readFileSync(file)).digest('hex'))
        .join(','),
    )
    .digest('hex');
  return createHash('sha256')
    .update(rendererVersion)
    .update(fontHash)
    .update(String(width))
    .update(svg)
    .digest('hex')
    .slice(0, 32);
}

export const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'step-images');

export interface Rendered {
  png: Buffer;
  key: string;
  /** Whether it came from the cache (drawn by an earlier build). */
  cached: boolean;
}

/** Whether RGBA pixels are all one colour (sampled: a drawn image differs within a few thousand). */
export function isBlank(pixels: Uint8Array): boolean {
  const view = new DataView(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const count = Math.floor(pixels.byteLength / 4);
  if (count === 0) return true;
  const first = view.getUint32(0);
  const stride = Math.max(1, Math.floor(count / 20_000));
  for (let i = 0; i < count; i += stride) if (view.getUint32(i * 4) !== first) return false;
  return true;
}

/** The PNG of `svg` at `width` px wide (the SVG's own aspect), from the cache or drawn now. */
export async function renderPng(svg: string, width: number, cache = cacheDir): Promise<Rendered> {
  const key = imageKey(svg, width);
  const file = join(cache, `${key}.png`);
  if (existsSync(file)) return { png: readFileSync(file), key, cached: true };
  // For proofing the drawing code: STEP_IMAGES_DUMP=dir writes each SVG there before it is drawn.
  if (process.env.STEP_IMAGES_DUMP) {
    mkdirSync(process.env.STEP_IMAGES_DUMP, { recursive: true });
    writeFileSync(join(process.env.STEP_IMAGES_DUMP, `${key}-${width}.svg`), svg);
  }
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: fontFamily,
      sansSerifFamily: fontFamily,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  if (isBlank(image.pixels))
    throw new Error('the image came out blank (one colour): the SVG drew nothing visible');
  const png = await sharp(image.asPng())
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 1, dither: 0 })
    .toBuffer();
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, png);
  return { png, key, cached: false };
}
