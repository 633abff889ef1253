/**
 * A map step's graphic as SVG, for the step images: the same projected geometry, areas of control,
 * arrows, routes, falls and labels the page draws at build (map-model, control-model,
 * route-path, label-layout), fitted into a box of the image and styled with the page's colour
 * tokens. What moves with the scroll on the page is drawn at the step's end: a date range at its
 * last day, a route at its last progress, the arrow that draws itself whole.
 * Pure: the inputs are plain data, so it is tested without Astro and without rasterising.
 */
import { fitRect, toScreen, type Camera, type Rect } from '../../shared/geo/fit-view';
import { textOffset } from '../../shared/geo/label-layout';
import { labelOnStage, type LabelTiers, type PlaceLabelling } from '../../shared/geo/label-tiers';
import { lengthsAlong, pointAlong } from '../../shared/geo/point-along';
import { pathThrough } from '../../shared/geo/route-draw';
import type { Provenance } from '../../shared/step-state';
import type { PlaceKind } from '../schemas/place-kind';
import { el, n, type Box } from './svg';
import {
  crowdedScale,
  fallDateFits,
  fallDateOffset,
  fallDateSideOn,
  type FallDateBands,
} from '../../scenes/map/control/fall-dates';

export type Tokens = Record<string, string>;

export interface MapImageItem {
  id: string;
  point: [number, number];
  kind: string;
  symbol: PlaceKind['symbol'] | null;
  /** How the label reads (PlaceKind's labelStyle). */
  labelStyle: PlaceKind['labelStyle'];
  /** The symbol's own fill, when its kind has one (the image uses the light scheme). */
  colour?: PlaceKind['colour'];
  fontSize: number;
  symbolRadius: number;
  texts: string[];
  highlight: boolean;
  /** From map-model: [tier, side, variant] and, for a symbol-only key place, its wide label. */
  label?: PlaceLabelling['wide'];
  /** From map-model: its label in each narrow layout (stages narrower than the first wide tier). */
  narrow?: PlaceLabelling['narrow'];
}

export interface MapImageInput {
  rect: Rect;
  detail: 'high' | 'low';
  /** `clip`: how far the regional geometry reaches (projected units); beyond it the image is plain. */
  regional: { clip: Rect; land: string; focus: string; borders: string };
  detailLevel: { clip: Rect; land: string; focus: string; borders: string; governorates: string };
  governorates: boolean;
  /** The snapshot's areas, holders in legend order; none without `control`. */
  areas: { holder: string; d: string; fill?: string | undefined }[];
  routes: { kind: 'reported' | 'schematic'; points: [number, number][]; aircraft: boolean }[];
  /** `colour`: the faction's mark colour (factions.json markColour); left out, the map's arrow colour. */
  thrusts: { faction: string; points: [number, number][]; colour?: string | undefined }[];
  falls: {
    point: [number, number];
    faction: string;
    text: string;
    latest: boolean;
    colour?: string | undefined;
    /** The date's side of the ring, band by band of stage width (fall-date-sides.ts). */
    sides?: FallDateBands | undefined;
  }[];
  items: MapImageItem[];
  status?: Provenance | undefined;
  scale: { km: number; share: number };
  north: number | null;
  /** Stage widths (px) from which label tiers show (map-tiers.ts). */
  tiers: LabelTiers;
}

/** The aspect ratios (width / height) the map's geometry is made for (map-model.ts aspectRange). */
const minAspect = 0.45;
const maxAspect = 1.8;
/** Screen px per projected km below which only the latest falls are dated (as on the page). */
const startGap = 8;
const endGap = 14;
const aircraftPath =
  'M9 0L6 -1.2L1.5 -1.2L-2.5 -7.5L-4.6 -7.5L-2.4 -1.2L-6.5 -1.2L-8.3 -3.8L-9.6 -3.8L-8.6 0L-9.6 3.8L-8.3 3.8L-6.5 1.2L-2.4 1.2L-4.6 7.5L-2.5 7.5L1.5 1.2L6 1.2Z';

function weightOf(item: MapImageItem): number {
  if (!item.symbol) return item.kind === 'country' ? 700 : 400;
  if (item.highlight || item.labelStyle === 'prominent') return 700;
  return item.labelStyle === 'regular' ? 400 : 700;
}

function symbolOf(item: MapImageItem, t: (name: string) => string): string {
  const r = item.symbolRadius;
  const halo = { stroke: t('map-halo'), 'stroke-width': 1.5 };
  const fill = item.colour?.light ?? t('map-city');
  switch (item.symbol) {
    case 'dot':
      return el('circle', { r, fill, ...halo });
    case 'ring':
      return el('circle', { r, fill: t('map-halo'), stroke: t('map-city'), 'stroke-width': 1.6 });
    case 'square':
      return el('rect', { x: -r, y: -r, width: r * 2, height: r * 2, fill, ...halo });
    case 'triangle':
      return el('path', { d: `M0 ${-r - 1}L${r + 0.5} ${r}H${-r - 0.5}Z`, fill, ...halo });
    default:
      return '';
  }
}

const ringDash: Record<Provenance, string | undefined> = {
  confirmed: undefined,
  reported: '4 2.5',
  unverified: '1.5 2.5',
};

/**
 * The map drawn into `box` (px of the image's layout). Returns the SVG and the camera used, so a
 * caller can test where things land. `id` keeps the clip path and pattern ids unique in a document.
 */
export function composeMap(
  input: MapImageInput,
  outer: Box,
  t: (name: string) => string,
  id = 'map',
): { svg: string; camera: Camera; stageWidth: number } {
  // The geometry reaches as far as a view fitted to boxes of aspect 0.45 to 1.8 shows (map-model):
  // a wider or taller box is narrowed to that, and the bands beside it left plain.
  const width = Math.min(outer.width, outer.height * maxAspect);
  const height = Math.min(outer.height, outer.width / minAspect);
  const box = {
    x: outer.x + (outer.width - width) / 2,
    y: outer.y + (outer.height - height) / 2,
    width,
    height,
  };
  const camera = fitRect(input.rect, box.width, box.height, {
    top: 6,
    right: 6,
    bottom: 6,
    left: 6,
  });
  camera.x += box.x;
  camera.y += box.y;
  const k = camera.k;
  const stageWidth = input.rect.width * k;
  const w = (px: number) => px / k;
  /** The focus country's outline, drawn over whatever fills it. */
  const focusOutline = (d: string) =>
    el('path', { d, fill: 'none', stroke: t('map-focus-outline'), 'stroke-width': w(1.4) });
  const camera_ = `translate(${n(camera.x)} ${n(camera.y)}) scale(${k.toFixed(5)})`;
  const parts: string[] = [];
  parts.push(
    el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, fill: t('map-sea') }),
  );

  const geo: string[] = [];
  const { regional, detailLevel } = input;
  // The regional level shows only where the detail level does not reach: where the box reaches
  // past the detail's clip (a view fitted to a box wider or taller than the page's), or for views
  // of low detail. Drawing it under a detail map that covers the box costs time and shows nothing.
  const c = detailLevel.clip;
  const seen = {
    x: (box.x - camera.x) / k,
    y: (box.y - camera.y) / k,
    width: box.width / k,
    height: box.height / k,
  };
  const covered =
    input.detail === 'high' &&
    seen.x >= c.x &&
    seen.y >= c.y &&
    seen.x + seen.width <= c.x + c.width &&
    seen.y + seen.height <= c.y + c.height;
  if (!covered) {
    geo.push(
      el('path', {
        d: regional.land,
        fill: t('map-land'),
        stroke: t('map-coast'),
        'stroke-width': w(0.75),
      }),
    );
    geo.push(el('path', { d: regional.focus, fill: t('map-focus') }));
    geo.push(
      el('path', {
        d: regional.borders,
        fill: 'none',
        stroke: t('map-border'),
        'stroke-width': w(0.9),
      }),
    );
    geo.push(focusOutline(regional.focus));
  }
  if (input.detail === 'high') {
    geo.push(
      el('path', {
        d: detailLevel.land,
        fill: t('map-land'),
        stroke: t('map-coast'),
        'stroke-width': w(0.75),
      }),
    );
    geo.push(el('path', { d: detailLevel.focus, fill: t('map-focus') }));
    if (input.governorates) {
      geo.push(
        el('path', {
          d: detailLevel.governorates,
          fill: 'none',
          stroke: t('map-governorate'),
          'stroke-width': w(0.6),
          'stroke-dasharray': `${n(w(3))} ${n(w(2))}`,
        }),
      );
    }
    geo.push(
      el('path', {
        d: detailLevel.borders,
        fill: 'none',
        stroke: t('map-border'),
        'stroke-width': w(0.9),
      }),
    );
    geo.push(focusOutline(detailLevel.focus));
  }
  if (input.areas.length > 0) {
    const hatch = `${id}-hatch`;
    geo.push(
      `<defs>${el(
        'pattern',
        {
          id: hatch,
          patternUnits: 'userSpaceOnUse',
          width: w(5),
          height: w(5),
          patternTransform: 'rotate(45)',
        },
        el('rect', { width: w(5), height: w(5), fill: t('control-not-sourced') }) +
          el('path', {
            d: `M0 0V${n(w(5))}`,
            stroke: t('control-hatch-line'),
            'stroke-width': w(1.6),
          }),
      )}</defs>`,
    );
    for (const area of input.areas) {
      const fill =
        area.holder === 'not-sourced' ? `url(#${hatch})` : (area.fill ?? t('control-not-sourced'));
      geo.push(
        el('path', {
          d: area.d,
          fill,
          stroke: t('control-edge'),
          'stroke-width': w(0.6),
          'stroke-linejoin': 'round',
        }),
      );
    }
    geo.push(
      el('path', {
        d: detailLevel.governorates,
        fill: 'none',
        stroke: t('control-edge'),
        'stroke-opacity': 0.35,
        'stroke-width': w(0.6),
        'stroke-dasharray': `${n(w(3))} ${n(w(2))}`,
      }),
    );
    geo.push(focusOutline(detailLevel.focus));
  }
  // No clip: the card covers what falls outside the box with its own panels (resvg 2.6 failed on
  // a clip path around geometry this large).
  parts.push(`<g><g transform="${camera_}" stroke-linejoin="round">${geo.join('')}</g>`);
  // Past the regional geometry's reach (its clipped edge would show as a coastline), plain too.
  const reach = input.regional.clip;
  const [rx0, ry0] = toScreen(camera, [reach.x, reach.y]);
  const [rx1, ry1] = toScreen(camera, [reach.x + reach.width, reach.y + reach.height]);
  const x0 = Math.max(box.x, rx0 + 1);
  const y0 = Math.max(box.y, ry0 + 1);
  const visible = {
    x: x0,
    y: y0,
    width: Math.min(box.x + box.width, rx1 - 1) - x0,
    height: Math.min(box.y + box.height, ry1 - 1) - y0,
  };
  if (visible.width < outer.width || visible.height < outer.height) {
    const box = visible;
    const bands = [
      { x: outer.x, y: outer.y, width: box.x - outer.x, height: outer.height },
      {
        x: box.x + box.width,
        y: outer.y,
        width: outer.x + outer.width - box.x - box.width,
        height: outer.height,
      },
      { x: outer.x, y: outer.y, width: outer.width, height: box.y - outer.y },
      {
        x: outer.x,
        y: box.y + box.height,
        width: outer.width,
        height: outer.y + outer.height - box.y - box.height,
      },
    ];
    for (const band of bands)
      if (band.width > 0.5 && band.height > 0.5)
        parts.push(el('rect', { ...band, fill: t('color-bg') }));
  }

  // Routes, arrows and marks in screen px (strokes keep their width at every scale, as on the page).
  const screen = (points: readonly [number, number][]) =>
    points.map((point) => toScreen(camera, point));
  for (const route of input.routes) {
    if (route.points.length < 2) continue;
    const d = pathThrough(screen(route.points));
    parts.push(
      el('path', {
        d,
        fill: 'none',
        stroke: t('map-halo'),
        'stroke-width': 5,
        opacity: 0.85,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
    parts.push(
      el('path', {
        d,
        fill: 'none',
        stroke: t('map-label'),
        'stroke-width': 2.25,
        'stroke-dasharray': route.kind === 'schematic' ? '7 5' : undefined,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
    const end = pointAlong(screen(route.points), 1);
    if (route.aircraft && end) {
      parts.push(
        el('path', {
          d: aircraftPath,
          transform: `translate(${n(end.x)} ${n(end.y)}) rotate(${n(end.angle)})`,
          fill: t('map-label'),
          stroke: t('map-halo'),
          'stroke-width': 1.5,
          'paint-order': 'stroke',
        }),
      );
    }
  }
  for (const thrust of input.thrusts) {
    const points = screen(thrust.points);
    const lengths = lengthsAlong(points);
    const total = lengths.at(-1) ?? 0;
    if (total < startGap + endGap) continue;
    const colour = thrust.colour ?? t('control-arrow');
    const dash = {
      'stroke-dasharray': `${n(total - startGap - endGap)} ${n(total)}`,
      'stroke-dashoffset': -startGap,
    };
    const d = pathThrough(points);
    parts.push(
      el('path', {
        d,
        fill: 'none',
        stroke: t('map-halo'),
        'stroke-width': 8,
        opacity: 0.9,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        ...dash,
      }),
    );
    parts.push(
      el('path', {
        d,
        fill: 'none',
        stroke: colour,
        'stroke-width': 4,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        ...dash,
      }),
    );
    const tip = pointAlong(points, (total - endGap) / total, lengths);
    if (tip)
      parts.push(
        el('path', {
          d: 'M7 0L-5 -6.5L-2.5 0L-5 6.5Z',
          transform: `translate(${n(tip.x)} ${n(tip.y)}) rotate(${n(tip.angle)})`,
          fill: colour,
          stroke: t('map-halo'),
          'stroke-width': 1.5,
          'paint-order': 'stroke',
        }),
      );
  }
  const crowded = k < crowdedScale;
  for (const fall of input.falls) {
    if (crowded && !fall.latest) continue;
    const [x, y] = toScreen(camera, fall.point);
    const colour = fall.colour ?? t('control-arrow');
    parts.push(
      el('circle', { cx: x, cy: y, r: 9, fill: 'none', stroke: colour, 'stroke-width': 2 }),
    );
    // As on the page: on its side of the ring, and left off where it would run off the image's foot.
    const side = fallDateSideOn(fall.sides, stageWidth);
    if (!side || !fallDateFits(y, box.y + box.height, side)) continue;
    const offset = fallDateOffset(side);
    parts.push(
      el(
        'text',
        {
          x: x + offset.x,
          y: y + offset.y,
          'text-anchor': offset.anchor,
          'font-size': 12,
          'font-weight': 700,
          fill: t('map-label'),
          stroke: t('map-halo'),
          'stroke-width': 3.5,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
        },
        escapeLabel(fall.text),
      ),
    );
  }

  // Places and area names, with the label layout of this stage width.
  for (const item of input.items) {
    const label = labelOnStage({ wide: item.label, narrow: item.narrow }, stageWidth, input.tiers);
    if (!label) continue;
    const [x, y] = toScreen(camera, item.point);
    const inner: string[] = [];
    if (item.symbol && item.highlight) {
      const dash = input.status ? ringDash[input.status] : undefined;
      inner.push(
        el('circle', {
          r: item.symbolRadius + 5,
          fill: 'none',
          stroke: t('map-highlight'),
          'stroke-width': 2,
          'stroke-dasharray': dash,
          'stroke-linecap': input.status === 'unverified' ? 'round' : undefined,
        }),
      );
    }
    inner.push(symbolOf(item, t));
    if (label.variant >= 0) {
      const offset = textOffset(label.side, item.fontSize, item.symbolRadius);
      const area = !item.symbol;
      const fill = !area
        ? t('map-label')
        : item.kind === 'sea'
          ? t('map-label-sea')
          : t('map-label-muted');
      inner.push(
        el(
          'text',
          {
            x: offset.x,
            y: offset.y,
            'text-anchor': offset.anchor,
            'font-size': item.fontSize,
            'font-weight': weightOf(item),
            'font-style': item.kind === 'sea' || item.kind === 'region' ? 'italic' : undefined,
            'letter-spacing': item.kind === 'country' ? n(item.fontSize * 0.12) : undefined,
            fill,
            stroke: t('map-halo'),
            'stroke-width': 3,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          },
          escapeLabel(item.texts[label.variant] ?? ''),
        ),
      );
    }
    parts.push(`<g transform="translate(${n(x)} ${n(y)})">${inner.join('')}</g>`);
  }
  parts.push('</g>');

  // Scale bar (bottom left of the stage) and north arrow (top right) when north is not up.
  const stage = {
    x: camera.x + k * input.rect.x,
    y: camera.y + k * input.rect.y,
    width: stageWidth,
    height: input.rect.height * k,
  };
  const barWidth = input.scale.share * stage.width;
  // In the box's corner: where the box is wider or taller than the view, that is outside the view,
  // whose places are the only ones labelled (the stage's corner held labels).
  const barX = box.x + 12;
  const barY = box.y + box.height - 12;
  parts.push(
    el(
      'text',
      {
        x: barX,
        y: barY - 9,
        'font-size': 11,
        fill: t('map-label'),
        stroke: t('map-halo'),
        'stroke-width': 3,
        'paint-order': 'stroke',
      },
      `${input.scale.km.toLocaleString('en-GB')} km`,
    ),
    el('path', {
      d: `M${n(barX)} ${n(barY - 5)}V${n(barY)}H${n(barX + barWidth)}V${n(barY - 5)}`,
      fill: 'none',
      stroke: t('map-label'),
      'stroke-width': 1.5,
    }),
  );
  if (input.north !== null) {
    const nx = Math.min(stage.x + stage.width, box.x + box.width) - 18;
    const ny = Math.max(stage.y, box.y) + 26;
    parts.push(
      `<g transform="translate(${n(nx)} ${n(ny)}) rotate(${n(input.north)})" fill="${t('map-label')}" stroke="${t('map-halo')}" stroke-width="1.5" paint-order="stroke">` +
        el('path', { d: 'M0 -6 L6 12 L0 8 L-6 12 Z' }) +
        el('text', { y: -10, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700 }, 'N') +
        '</g>',
    );
  }
  return { svg: parts.join(''), camera, stageWidth };
}

/**
 * Whether any vertex of SVG path data (projected units; absolute M/L or relative m/l as
 * path-string.ts writes them, z closing) lies inside `rect`: is the area on the map at all.
 */
export function pathTouches(
  d: string,
  rect: { x: number; y: number; width: number; height: number },
): boolean {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  let command = 'M';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let pending: number | undefined;
  for (const token of tokens) {
    if (/[MmLlZz]/.test(token)) {
      command = token;
      if (token === 'z' || token === 'Z') {
        x = startX;
        y = startY;
      }
      continue;
    }
    if (pending === undefined) {
      pending = Number(token);
      continue;
    }
    const [a, b] = [pending, Number(token)];
    pending = undefined;
    const relative = command === 'm' || command === 'l';
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (command === 'M' || command === 'm') {
      startX = x;
      startY = y;
      command = command === 'm' ? 'l' : 'L';
    }
    if (x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height)
      return true;
  }
  return false;
}

/** Labels are text content: escaped like any other. */
function escapeLabel(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}
