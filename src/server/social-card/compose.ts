import { fitRect, toScreen, type Rect } from '../../shared/geo/fit-view';
import { token, type Tokens } from './design-tokens';

/**
 * The social card (1200x630, the Open Graph size) as an SVG document: the story's map, drawn from
 * the same projected geometry as the page, on the right; headline and dek on the left.
 * Pure, so it is tested without rasterising.
 */
export const cardSize = { width: 1200, height: 630 } as const;

export interface CardPlace {
  label: string;
  point: [number, number];
  /** Drawn as a square in its kind's colour (`fill`), else as a dot in the map's ink. */
  square: boolean;
  fill?: string | undefined;
}

export interface CardInput {
  headline: string;
  dek: string;
  /** SVG path data in projected units. */
  geometry: { land: string; focus: string; borders: string };
  rect: Rect;
  places: CardPlace[];
  tokens: Tokens;
}

const mapBox = { x: 560, y: 0, width: 640, height: 630 };
const textX = 64;
const textWidth = 470;

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** Greedy line breaking by an average glyph width (no text metrics in Node without a browser). */
export function wrap(text: string, fontSize: number, width: number, glyphWidth = 0.52): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * glyphWidth)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(
  lines: string[],
  y: number,
  size: number,
  lineHeight: number,
  attrs: string,
): string {
  const spans = lines.map(
    (line, i) =>
      `<tspan x="${textX}" y="${Math.round(y + i * size * lineHeight)}">${escapeXml(line)}</tspan>`,
  );
  return `<text font-size="${size}" ${attrs}>${spans.join('')}</text>`;
}

export function cardSvg(input: CardInput): string {
  const t = (name: string) => token(input.tokens, name);
  const camera = fitRect(input.rect, mapBox.width, mapBox.height, {
    top: 30,
    right: 70,
    bottom: 30,
    left: 30,
  });
  const transform = `translate(${mapBox.x + camera.x} ${mapBox.y + camera.y}) scale(${camera.k})`;
  const stroke = (px: number) => px / camera.k;
  const headline = wrap(input.headline, 46, textWidth, 0.62).slice(0, 5);
  const headlineTop = 120;
  const dekTop = headlineTop + headline.length * 46 * 1.12 + 28;
  const dek = wrap(input.dek, 24, textWidth, 0.5).slice(0, 6);
  const places = input.places.map(({ label, point, square, fill }) => {
    const [x, y] = toScreen(camera, point).map((v, i) => v + (i === 0 ? mapBox.x : mapBox.y)) as [
      number,
      number,
    ];
    const mark = square
      ? `<rect x="${x - 6}" y="${y - 6}" width="12" height="12" fill="${fill ?? t('map-city')}"/>`
      : `<circle cx="${x}" cy="${y}" r="5" fill="${t('map-city')}"/>`;
    return `${mark}<text x="${x + 10}" y="${y + 7}" font-size="20" fill="${t('map-label')}" stroke="${t('map-halo')}" stroke-width="4" paint-order="stroke">${escapeXml(label)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}" viewBox="0 0 ${cardSize.width} ${cardSize.height}">
<rect width="100%" height="100%" fill="${t('map-sea')}"/>
<g transform="${transform}" stroke-linejoin="round">
<path d="${input.geometry.land}" fill="${t('map-land')}" stroke="${t('map-coast')}" stroke-width="${stroke(1)}"/>
<path d="${input.geometry.focus}" fill="${t('map-focus')}"/>
<path d="${input.geometry.borders}" fill="none" stroke="${t('map-border')}" stroke-width="${stroke(1.2)}"/>
<path d="${input.geometry.focus}" fill="none" stroke="${t('map-focus-outline')}" stroke-width="${stroke(2.5)}"/>
</g>
<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="600">${places.join('')}</g>
<rect width="${mapBox.x}" height="100%" fill="${t('color-bg')}"/>
<rect x="${textX}" y="84" width="56" height="6" fill="${t('color-accent')}"/>
${textBlock(headline, headlineTop + 46, 46, 1.12, `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="700" fill="${t('color-text')}"`)}
${textBlock(dek, dekTop + 24, 24, 1.35, `font-family="DejaVu Serif, Liberation Serif, Georgia, serif" fill="${t('color-muted')}"`)}
</svg>`;
}
