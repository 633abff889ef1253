/**
 * A step image: the step's graphic laid out for one of the image sizes, with what an image needs
 * once it leaves the page: the date the graphic shows, how sure the sources are, a key to its
 * colours and symbols, and the credit line (and, on the cards made for sharing, the headline).
 * Each size has its own layout, not a scaled copy: text stays readable at the size it is seen at.
 * Pure; the graphic itself comes from compose-map.ts or compose-timeline.ts.
 */
import { missingGlyphs, wrapText, measure, type FontMetrics } from './font-metrics';
import type { PlaceKind } from '../schemas/place-kind';
import { el, escapeXml, n, textLines, type Box } from './svg';

export type ImageSizeId = 'share' | 'phone' | 'print';

export interface ImageSize {
  id: ImageSizeId;
  /** Pixels of the PNG. */
  width: number;
  height: number;
  /** Pixels per layout px: text and strokes are laid out at width / scale. */
  scale: number;
  /** For the image pack and the alt text file. */
  title: string;
}

/** The three sizes every step is drawn at. */
export const imageSizes: readonly ImageSize[] = [
  {
    id: 'share',
    width: 1200,
    height: 630,
    scale: 1.5,
    title: 'Share card (Open Graph, 1200 x 630)',
  },
  {
    id: 'phone',
    width: 1080,
    height: 1350,
    scale: 2.75,
    title: 'Phone card (portrait, 1080 x 1350)',
  },
  {
    id: 'print',
    width: 2000,
    height: 1500,
    scale: 2.5,
    title: 'Print (2000 x 1500, 17 cm wide at 300 dpi)',
  },
];

/** One entry of an image's key. */
export type KeyEntry =
  | { kind: 'swatch'; fill: string; hatch?: boolean; label: string }
  | { kind: 'symbol'; symbol: PlaceKind['symbol']; colour?: string | undefined; label: string }
  | { kind: 'line'; dashed: boolean; label: string }
  | { kind: 'arrow'; colour: string; label: string }
  | { kind: 'mark'; confidence: 'high' | 'medium' | 'low'; label: string }
  | { kind: 'band'; label: string };

export interface CardContent {
  /** The story's headline (share and phone cards). */
  headline: string;
  /** The date the graphic shows, as the page prints it; or the step's subject when undated. */
  dateText: string;
  /** "Confirmed", "Reported", "Unverified", or nothing. */
  status?: string | undefined;
  /** "Areas approximate, May 14, 2031": under the date on maps with areas. */
  note?: string | undefined;
  key: KeyEntry[];
  /** Who made it and from what: byline, sources, map data. */
  credit: string;
  /** The graphic, drawn into a box of the layout. */
  graphic: (box: Box) => string;
}

/** Thrown for what cannot be drawn: the caller names the story and step. */
export class ImageInputError extends Error {}

const fontStack = 'DejaVu Sans';

interface Fonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

/** The text of every <text> element of an SVG, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '').replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
    ),
  );
}

/** Refuses text the font has no glyph for, which would be drawn as nothing. */
export function checkGlyphs(fonts: Fonts, texts: readonly string[]): void {
  const missing = [
    ...new Set(
      texts.flatMap((text) =>
        missingGlyphs(fonts.regular, text).concat(missingGlyphs(fonts.bold, text)),
      ),
    ),
  ];
  if (missing.length === 0) return;
  const where = texts.find((text) => missing.some((char) => text.includes(char))) ?? '';
  throw new ImageInputError(
    `the image font (DejaVu Sans) has no glyph for ${missing.map((char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')} in "${where}"; expected text the font can draw: replace the character, or ask the graphics desk to add a font`,
  );
}

function keySymbol(entry: KeyEntry, t: (name: string) => string, hatchId: string): string {
  switch (entry.kind) {
    case 'swatch':
      return el('rect', {
        x: 0,
        y: -9,
        width: 12,
        height: 12,
        rx: 2,
        fill: entry.hatch ? `url(#${hatchId})` : entry.fill,
        stroke: t('control-edge'),
        'stroke-width': 0.8,
      });
    case 'symbol': {
      const common = { stroke: t('map-halo'), 'stroke-width': 1 };
      const fill = entry.colour ?? t('map-city');
      if (entry.symbol === 'square')
        return el('rect', { x: 1.5, y: -7.5, width: 9, height: 9, fill, ...common });
      if (entry.symbol === 'triangle')
        return el('path', { d: 'M6 -8.5L11 1.5H1Z', fill, ...common });
      if (entry.symbol === 'ring')
        return el('circle', {
          cx: 6,
          cy: -3,
          r: 3.5,
          fill: t('map-halo'),
          stroke: t('map-city'),
          'stroke-width': 1.6,
        });
      return el('circle', { cx: 6, cy: -3, r: 3.5, fill });
    }
    case 'line':
      return el('path', {
        d: 'M0 -3H22',
        stroke: t('map-label'),
        'stroke-width': 2.25,
        'stroke-dasharray': entry.dashed ? '5 3' : undefined,
      });
    case 'arrow':
      return el('path', {
        d: 'M1 -3H14M20 -3L13 -7.5L14.5 -3L13 1.5Z',
        fill: entry.colour,
        stroke: entry.colour,
        'stroke-width': 3,
      });
    case 'mark': {
      const fill =
        entry.confidence === 'high'
          ? t('color-text')
          : entry.confidence === 'medium'
            ? t('timeline-medium')
            : t('color-bg');
      return el('circle', {
        cx: 6,
        cy: -3,
        r: 4.5,
        fill,
        stroke: t('color-text'),
        'stroke-width': 1.2,
      });
    }
    case 'band':
      return el('rect', {
        x: 0,
        y: -9,
        width: 14,
        height: 12,
        fill: t('color-surface'),
        stroke: t('color-rule'),
      });
  }
}

const symbolWidth = (entry: KeyEntry) =>
  entry.kind === 'line' || entry.kind === 'arrow' ? 22 : 14;

/**
 * The key within `width`: flowing rows, or `columns` equal columns (each label wrapped to its
 * cell). Returns its SVG and height.
 */
function layoutKey(
  entries: readonly KeyEntry[],
  x: number,
  y: number,
  width: number,
  fontSize: number,
  fonts: Fonts,
  t: (name: string) => string,
  hatchId: string,
  columns = 0,
): { svg: string; height: number } {
  const lineHeight = Math.round(fontSize * 1.3);
  const rowGap = Math.round(fontSize * 0.45);
  const parts: string[] = [];
  const place = (entry: KeyEntry, lines: string[], cx: number, cy: number) => {
    const symbol = symbolWidth(entry);
    parts.push(`<g transform="translate(${n(cx)} ${n(cy)})">${keySymbol(entry, t, hatchId)}</g>`);
    parts.push(
      textLines(lines, cx + symbol + 6, cy, lineHeight, {
        'font-size': fontSize,
        fill: t('color-text'),
      }),
    );
  };
  let cy = y + fontSize;
  if (columns > 0) {
    const gap = 12;
    const cell = (width - gap * (columns - 1)) / columns;
    // A route's long label takes a row of its own; the rest fill the columns in order.
    const rows: KeyEntry[][] = [];
    for (const entry of entries) {
      const last = rows.at(-1);
      if (entry.kind === 'line') rows.push([entry], []);
      else if (last && last.length < columns && last[0]?.kind !== 'line') last.push(entry);
      else rows.push([entry]);
    }
    for (const entriesOfRow of rows.filter((row) => row.length > 0)) {
      const cellWidth = entriesOfRow[0]?.kind === 'line' ? width : cell;
      const row = entriesOfRow.map((entry) => ({
        entry,
        lines: wrapText(fonts.regular, entry.label, fontSize, cellWidth - symbolWidth(entry) - 6),
      }));
      row.forEach(({ entry, lines }, j) => place(entry, lines, x + j * (cell + gap), cy));
      cy += Math.max(...row.map((r) => r.lines.length)) * lineHeight + rowGap;
    }
    return {
      svg: parts.join(''),
      height: entries.length === 0 ? 0 : cy - y - fontSize - rowGap + Math.round(fontSize * 1.3),
    };
  }
  let cx = x;
  let rowLines = 1;
  for (const entry of entries) {
    const symbol = symbolWidth(entry);
    const lines = wrapText(fonts.regular, entry.label, fontSize, width - symbol - 6);
    const itemWidth =
      symbol + 6 + Math.max(...lines.map((line) => measure(fonts.regular, line, fontSize)));
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += rowLines * lineHeight + rowGap;
      rowLines = 1;
    }
    place(entry, lines, cx, cy);
    rowLines = Math.max(rowLines, lines.length);
    cx += itemWidth + 16;
  }
  return {
    svg: parts.join(''),
    height:
      entries.length === 0
        ? 0
        : cy - y - fontSize + rowLines * lineHeight + Math.round(fontSize * 0.3),
  };
}

function hatchDef(id: string, t: (name: string) => string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">${el('rect', { width: 4, height: 4, fill: t('control-not-sourced') })}${el('path', { d: 'M0 0V4', stroke: t('control-hatch-line'), 'stroke-width': 1.5 })}</pattern>`;
}

/** Background over everything outside the graphic's box (the map is not clipped: see compose-map.ts). */
function cover(W: number, H: number, box: Box, t: (name: string) => string): string[] {
  const fill = t('color-bg');
  return [
    el('rect', { x: 0, y: 0, width: W, height: box.y, fill }),
    el('rect', { x: 0, y: box.y + box.height, width: W, height: H - box.y - box.height, fill }),
  ];
}

/** Wrapped text pushed onto `body` from baseline `at.y`; returns the height its lines take. */
function block(
  body: string[],
  font: FontMetrics,
  text: string,
  at: { size: number; lineHeight: number; width: number; maxLines: number; x: number; y: number },
  attrs: Record<string, string | number>,
): number {
  const lines = wrapText(font, text, at.size, at.width, at.maxLines);
  body.push(textLines(lines, at.x, at.y, at.lineHeight, { 'font-size': at.size, ...attrs }));
  return lines.length * at.lineHeight;
}

/** One run of text in a card's stack: `before` and `after` are the gaps above and below it. */
interface TextRun {
  font: FontMetrics;
  text: string;
  size: number;
  lineHeight: number;
  maxLines: number;
  before: number;
  after: number;
  attrs: Record<string, string | number>;
}

/** Runs of text set one under the other from baseline `y` at `x`; returns the y below the last. */
function stack(body: string[], x: number, y: number, width: number, runs: TextRun[]): number {
  for (const { font, text, before, after, attrs, ...at } of runs)
    y += block(body, font, text, { ...at, width, x, y: y + before }, attrs) + after;
  return y;
}

/** The key with every entry, or without the symbols' (the map's labels name the places) when it would not fit. */
function keyThatFits(
  entries: readonly KeyEntry[],
  layout: (entries: readonly KeyEntry[]) => { svg: string; height: number },
  fits: (height: number) => boolean,
): { entries: readonly KeyEntry[]; svg: string; height: number } {
  const whole = layout(entries);
  if (fits(whole.height)) return { entries, ...whole };
  const short = entries.filter((entry) => entry.kind !== 'symbol');
  return { entries: short, ...layout(short) };
}

/** A tall card's lower part: the graphic in `mapBox`, a rule under it, the key and the credit. */
function graphicKeyAndCredit(
  body: string[],
  content: CardContent,
  t: (name: string) => string,
  W: number,
  H: number,
  mapBox: Box,
  key: string,
  credit: { lines: string[]; x: number; top: number; lineHeight: number; size: number },
): void {
  body.splice(1, 0, content.graphic(mapBox), ...cover(W, H, mapBox, t));
  const bottom = mapBox.y + mapBox.height;
  body.push(el('line', { x1: 0, x2: W, y1: bottom, y2: bottom, stroke: t('color-rule') }));
  body.push(key);
  body.push(
    textLines(credit.lines, credit.x, credit.top, credit.lineHeight, {
      'font-size': credit.size,
      fill: t('color-muted'),
    }),
  );
}

function statusText(content: CardContent): string {
  return [content.status, content.note].filter(Boolean).join(' · ');
}

/**
 * The whole image as an SVG document of `size.width` x `size.height` px, laid out at
 * 1/size.scale of that (the renderer scales it up).
 */
export function composeCard(
  size: ImageSize,
  content: CardContent,
  fonts: Fonts,
  t: (name: string) => string,
): string {
  const W = size.width / size.scale;
  const H = size.height / size.scale;
  const hatchId = `key-hatch-${size.id}`;
  const body: string[] = [el('rect', { width: W, height: H, fill: t('color-bg') })];
  const muted = { fill: t('color-muted') };

  if (size.id === 'share') {
    const panel = 292;
    const pad = 26;
    const inner = panel - 2 * pad;
    body.push(content.graphic({ x: panel, y: 0, width: W - panel, height: H }));
    body.push(el('rect', { x: 0, y: 0, width: panel, height: H, fill: t('color-bg') }));
    body.push(el('line', { x1: panel, x2: panel, y1: 0, y2: H, stroke: t('color-rule') }));
    body.push(el('rect', { x: pad, y: 24, width: 40, height: 4, fill: t('color-accent') }));
    const bold = fonts.bold;
    const text = { 'font-weight': 700, fill: t('color-text') };
    const y = stack(body, pad, 50, inner, [
      {
        font: bold,
        text: content.headline,
        size: 15,
        lineHeight: 19,
        maxLines: 4,
        before: 0,
        after: 14,
        attrs: text,
      },
      {
        font: bold,
        text: content.dateText,
        size: 24,
        lineHeight: 28,
        maxLines: 3,
        before: 10,
        after: 6,
        attrs: text,
      },
      {
        font: fonts.regular,
        text: statusText(content),
        size: 12,
        lineHeight: 16,
        maxLines: 2,
        before: 6,
        after: 14,
        attrs: muted,
      },
    ]);
    // Room is short beside the map: the symbols' key goes first (the map's labels name the places),
    // then the credit is cut to the lines left (the image pack's credits file has it whole).
    const bottom = H - 20;
    const key = keyThatFits(
      content.key,
      (entries) => layoutKey(entries, pad, y, inner, 10.5, fonts, t, hatchId, 2),
      (height) => bottom - (y + height + 12) >= 3 * 12.5,
    );
    const creditLines = Math.floor((bottom - (y + key.height + 12)) / 12.5) + 1;
    if (creditLines < 2)
      throw new ImageInputError(
        `the key (${content.key.length} entries) and the headline leave no room for the credit on the share card; expected a shorter headline or fewer key entries`,
      );
    const credit = wrapText(fonts.regular, content.credit, 9.5, inner, Math.min(6, creditLines));
    body.push(key.svg);
    body.push(
      textLines(credit, pad, bottom - (credit.length - 1) * 12.5, 12.5, {
        'font-size': 9.5,
        ...muted,
      }),
    );
  } else if (size.id === 'phone') {
    const pad = 18;
    const inner = W - 2 * pad;
    body.push(el('rect', { x: pad, y: 16, width: 32, height: 3.5, fill: t('color-accent') }));
    const text = { 'font-weight': 700, fill: t('color-text') };
    // A long title (an undated step's view) is set smaller rather than cut or taking the map's room.
    const long = wrapText(fonts.bold, content.dateText, 21, inner).length > 2;
    const title = long ? { size: 17, lineHeight: 21 } : { size: 21, lineHeight: 25 };
    const y = stack(body, pad, 36, inner, [
      {
        font: fonts.bold,
        text: content.headline,
        size: 12,
        lineHeight: 15,
        maxLines: 2,
        before: 0,
        after: 8,
        attrs: { 'font-weight': 700, ...muted },
      },
      {
        font: fonts.bold,
        text: content.dateText,
        ...title,
        maxLines: 2,
        before: 8,
        after: 2,
        attrs: text,
      },
      {
        font: fonts.regular,
        text: statusText(content),
        size: 12,
        lineHeight: 15,
        maxLines: 2,
        before: 6,
        after: 4,
        attrs: muted,
      },
    ]);
    const credit = wrapText(fonts.regular, content.credit, 9, inner, 4);
    const creditTop = H - 14 - (credit.length - 1) * 11.5;
    // The symbols' key goes first when the map would be short (the map's labels name the places).
    const probe = keyThatFits(
      content.key,
      (entries) => layoutKey(entries, pad, 0, inner, 11, fonts, t, hatchId),
      (height) => creditTop - 16 - height - 10 - y >= 240,
    );
    const keyTop = creditTop - 16 - probe.height;
    const mapBox = { x: 0, y, width: W, height: keyTop - 10 - y };
    if (mapBox.height < 200)
      throw new ImageInputError(
        `the key and credit leave the phone card's graphic ${Math.round(mapBox.height)} px; expected at least 200`,
      );
    const key = layoutKey(probe.entries, pad, keyTop, inner, 11, fonts, t, hatchId).svg;
    graphicKeyAndCredit(body, content, t, W, H, mapBox, key, {
      lines: credit,
      x: pad,
      top: creditTop,
      lineHeight: 11.5,
      size: 9,
    });
  } else {
    const pad = 20;
    const inner = W - 2 * pad;
    const head = `${content.dateText}`;
    body.push(
      el(
        'text',
        { x: pad, y: 30, 'font-size': 18, 'font-weight': 700, fill: t('color-text') },
        escapeXml(head),
      ),
    );
    const after = pad + measure(fonts.bold, head, 18) + 14;
    const status = statusText(content);
    // One line beside the date, cut with an ellipsis where it would run off the image.
    const statusLine = status
      ? wrapText(fonts.regular, status, 13, W - pad - after, 1)[0]
      : undefined;
    if (statusLine)
      body.push(el('text', { x: after, y: 30, 'font-size': 13, ...muted }, escapeXml(statusLine)));
    const credit = wrapText(fonts.regular, content.credit, 10, inner, 3);
    const creditTop = H - 14 - (credit.length - 1) * 13;
    const probe = layoutKey(content.key, pad, 0, inner, 12, fonts, t, hatchId);
    const keyTop = creditTop - 18 - probe.height;
    const mapBox = { x: 0, y: 44, width: W, height: keyTop - 10 - 44 };
    body.push(el('line', { x1: 0, x2: W, y1: 44, y2: 44, stroke: t('color-rule') }));
    const key = layoutKey(content.key, pad, keyTop, inner, 12, fonts, t, hatchId).svg;
    graphicKeyAndCredit(body, content, t, W, H, mapBox, key, {
      lines: credit,
      x: pad,
      top: creditTop,
      lineHeight: 13,
      size: 10,
    });
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${n(W)} ${n(H)}" font-family="${fontStack}"><defs>${hatchDef(hatchId, t)}</defs>${body.join('')}</svg>`;
  // Every word drawn, the map's labels included, must have its glyphs: resvg would draw nothing.
  checkGlyphs(fonts, svgTexts(svg));
  return svg;
}
