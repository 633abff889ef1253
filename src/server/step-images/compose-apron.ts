/**
 * An apron step's graphic as SVG, for the step images: the aircraft one satellite image counted,
 * to scale side by side beside the runway at its published width, as the page's apron scene
 * draws them (apron-layout.ts), in whichever of the scene's two arrangements fills the box best.
 * It says on it that it is schematic. Pure, like compose-map.ts.
 */
import {
  apronLayout,
  runwayTexts,
  type ApronLayout,
  type ApronOptions,
  type ImagerySlot,
} from '../../components/airlift/server/apron-layout';
import { el, escapeXml, type Box } from './svg';

export interface ApronImageInput {
  slots: readonly ImagerySlot[];
  runway: { width: number; length: number };
  /** The scene's arrangements: tall rows (phones) and one long row (wide panes). */
  arrangements: readonly ApronOptions[];
}

/** Past this many px per metre a few aircraft fill a print image with 40 px labels. */
const maxScale = 4;

/** The arrangement drawn largest in the box, and its scale in px per metre. */
function bestFit(
  input: ApronImageInput,
  box: Box,
  pad: number,
): { layout: ApronLayout; options: ApronOptions; scale: number } {
  const fits = input.arrangements.map((options) => {
    const layout = apronLayout(input.slots, input.runway.width, options);
    const scale = Math.min(
      (box.width - 2 * pad) / layout.width,
      (box.height - 2 * pad) / layout.height,
      maxScale,
    );
    return { layout, options, scale };
  });
  return fits.reduce((best, fit) => (fit.scale > best.scale ? fit : best));
}

export function composeApron(
  input: ApronImageInput,
  box: Box,
  t: (name: string) => string,
): string {
  const pad = 16;
  const { layout, options, scale } = bestFit(input, box, pad);
  const x0 = box.x + (box.width - layout.width * scale) / 2;
  const y0 = box.y + (box.height - layout.height * scale) / 2;
  // Everything below is in metres; strokes are set in px and divided by the scale.
  const px = (value: number) => value / scale;
  const ink = t('color-text');
  const label = options.label;
  const runwayMid = layout.runway.y + layout.runway.height / 2;
  const runway = runwayTexts(input.runway.width, input.runway.length);
  const parts: string[] = [
    el('rect', {
      x: 0,
      y: 0,
      width: layout.width,
      height: layout.height,
      fill: t('color-surface'),
    }),
    el('rect', { ...layout.apron, fill: t('color-apron') }),
    el(
      'text',
      {
        x: layout.width - options.margin / 2,
        y: label * 1.1,
        'font-size': label * 0.9,
        'text-anchor': 'end',
        fill: t('color-muted'),
      },
      'SCHEMATIC',
    ),
    el('rect', {
      x: 0,
      y: layout.runway.y,
      width: layout.width,
      height: layout.runway.height,
      fill: t('color-runway'),
    }),
    el('line', {
      x1: 0,
      x2: layout.width,
      y1: runwayMid,
      y2: runwayMid,
      stroke: t('color-bg'),
      'stroke-width': px(1.5),
      'stroke-dasharray': `${px(9)} ${px(7)}`,
    }),
    el(
      'text',
      {
        x: layout.width / 2,
        y: runwayMid - label * 0.6,
        'font-size': label,
        'font-weight': 700,
        'text-anchor': 'middle',
        fill: t('color-bg'),
      },
      escapeXml(runway.width),
    ),
    el(
      'text',
      {
        x: layout.width / 2,
        y: runwayMid + label * 1.4,
        'font-size': label * 0.85,
        'text-anchor': 'middle',
        fill: t('color-bg'),
      },
      escapeXml(runway.length),
    ),
  ];
  for (const slot of layout.slots) {
    const outline = {
      fill: 'none',
      stroke: ink,
      'stroke-width': px(1.5),
      'stroke-dasharray': `${px(6)} ${px(4)}`,
    };
    if (slot.d)
      parts.push(
        el('path', {
          d: slot.d,
          transform: `translate(${slot.cx} ${slot.top})`,
          ...(slot.disputed ? outline : { fill: ink }),
        }),
      );
    else {
      parts.push(
        el('circle', {
          cx: slot.cx,
          cy: slot.top + slot.length / 2,
          r: slot.span / 2 - 1,
          ...outline,
        }),
      );
      parts.push(
        el(
          'text',
          {
            x: slot.cx,
            y: slot.top + slot.length / 2 + slot.span * 0.16,
            'font-size': slot.span * 0.45,
            'font-weight': 700,
            'text-anchor': 'middle',
            fill: ink,
          },
          '?',
        ),
      );
    }
    parts.push(
      el(
        'text',
        {
          x: slot.cx,
          y: slot.labelY,
          'font-size': label,
          'font-weight': 700,
          'text-anchor': 'middle',
          fill: ink,
        },
        escapeXml(slot.d ? slot.label : 'Unknown'),
      ),
    );
  }
  const { x, y, length } = layout.scale;
  parts.push(
    el('path', {
      d: `M${x} ${y - label * 0.3}V${y}H${x + length}V${y - label * 0.3}`,
      fill: 'none',
      stroke: ink,
      'stroke-width': px(1.5),
    }),
  );
  parts.push(
    el(
      'text',
      { x: x + length + label * 0.35, y: y + label * 0.3, 'font-size': label * 0.9, fill: ink },
      `${length} m`,
    ),
  );
  return [
    el('rect', { ...box, fill: t('color-bg') }),
    `<g transform="translate(${x0} ${y0}) scale(${scale})">${parts.join('')}</g>`,
  ].join('');
}
