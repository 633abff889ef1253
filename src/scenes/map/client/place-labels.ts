import { screenTranslate, type Camera } from '../../../shared/geo/fit-view';
import { textOffset, type Side } from '../../../shared/geo/label-layout';
import { labelOn, narrowLabelOn, narrowLayoutOf } from '../../../shared/geo/label-tiers';
import type { MapPayload, MapViewPayload, Point } from '../payload';
import type { ResolvedMapState } from '../state';
import type { MapLayer } from './map-layer';
import { WriteMemo } from './write-memo';

interface ItemNode {
  id: string;
  g: SVGGElement;
  text: SVGTextElement | null;
  point: Point;
  fontSize: number;
  radius: number;
  texts: string[];
}

/**
 * The map's places (Map.astro): their symbols and labels, in screen pixels at every zoom. At rest
 * a view shows the labels that fit the stage, on the side and in the length the build chose for
 * that width; a step emphasises its own places.
 */
export class PlaceLabels implements MapLayer {
  private readonly items: ItemNode[] = [];
  /** Per item: whether it is off, its transform, and its side and text variant (e.g. "e:0"). */
  private readonly off = new WriteMemo<ItemNode>();
  private readonly moved = new WriteMemo<ItemNode>();
  private readonly label = new WriteMemo<ItemNode>();
  private readonly highlight: WriteMemo;

  constructor(
    root: Element,
    private readonly data: MapPayload,
  ) {
    const emphasised: string[] = [];
    for (const g of root.querySelectorAll<SVGGElement>('.map-item')) {
      const id = g.dataset['id'];
      const item = id ? data.items[id] : undefined;
      if (!id || !item) continue;
      const anchor = g.querySelector('svg');
      anchor?.setAttribute('x', '0');
      anchor?.setAttribute('y', '0');
      if (g.classList.contains('is-highlight')) emphasised.push(id);
      this.items.push({
        id,
        g,
        text: g.querySelector('text'),
        point: item.point,
        fontSize: item.fontSize,
        radius: item.symbolRadius,
        texts: item.texts,
      });
    }
    this.highlight = new WriteMemo([['ids', emphasised]]);
  }

  /** Emphasises the step's places: a ring, a bolder label. */
  apply(state: ResolvedMapState): void {
    if (!this.highlight.changed('ids', state.highlight)) return;
    const ids = new Set(state.highlight);
    for (const item of this.items) item.g.classList.toggle('is-highlight', ids.has(item.id));
  }

  /**
   * Shows the labels the view has at this stage size. Only the items whose state changes are
   * written: every write restyles (and re-lays out) the item's SVG subtree, and labels hidden in
   * both views need nothing.
   */
  place(camera: Camera, view: MapViewPayload): void {
    const shown = this.shownLabels(view, camera);
    for (const item of this.items) {
      const label = shown.get(item.id);
      if (this.off.changed(item, !label)) item.g.classList.toggle('is-off', !label);
      if (!label) continue;
      this.setLabel(item, label);
      const moved = screenTranslate(camera, item.point);
      if (this.moved.changed(item, moved)) item.g.style.transform = moved;
    }
  }

  /** Labels a view shows at the current stage size: id → side and text variant, e.g. "e:0". */
  private shownLabels(view: MapViewPayload, camera: Camera): Map<string, string> {
    const stageWidth = camera.k * view.rect.width;
    const { tiers } = this.data;
    // One layout for the whole stage: a narrow one (-1: the wide tiers).
    const narrow = view.narrowLabels[narrowLayoutOf(stageWidth, tiers)];
    const shown = new Map<string, string>();
    for (const { id } of this.items) {
      const label = narrow
        ? narrowLabelOn(narrow[id])
        : labelOn(view.labels[id], stageWidth, tiers.wide);
      if (label) shown.set(id, `${label.side}:${label.variant}`);
    }
    return shown;
  }

  private setLabel(item: ItemNode, label: string): void {
    if (!item.text || !this.label.changed(item, label)) return;
    const [side = 'e', variant = '0'] = label.split(':') as [Side, string];
    const offset = textOffset(side, item.fontSize, item.radius);
    item.text.setAttribute('x', String(offset.x));
    item.text.setAttribute('y', String(offset.y));
    item.text.setAttribute('text-anchor', offset.anchor);
    item.text.removeAttribute('class');
    item.text.textContent =
      Number(variant) < 0 ? '' : (item.texts[Number(variant)] ?? item.texts[0] ?? '');
  }
}
