import { motionDuration } from '../../../../client/motion-duration';
import type { ResolvedMapState } from '../../state';
import type { LayerOptions, MapLayer } from '../../client/map-layer';

/**
 * The areas of control (ControlAreas.astro): one snapshot layer shown at a time, cross-faded with
 * an opacity animation on the layer's own box (the compositor blends it; nothing repaints per
 * frame), with the key's basis and the date stamp of the snapshot shown. Any state can follow any
 * other: scrolling up runs the same fade back to the earlier layer. The map moves the layers'
 * box with its own, so the camera at rest asks nothing of them.
 */
export class AreaSnapshots implements MapLayer {
  private readonly layers = new Map<string, SVGSVGElement>();
  private shown: string | undefined;
  private fade: { animation: Animation; from: SVGSVGElement | undefined } | null = null;
  /** The areas' date stamp, its text for each snapshot, and each snapshot's basis in the key. */
  private readonly stamp: HTMLElement | null;
  private readonly stampDays: Record<string, string>;
  private readonly bases: HTMLElement[];

  constructor(private readonly scene: HTMLElement) {
    this.bases = [...scene.querySelectorAll<HTMLElement>('.control-basis')];
    this.stamp = scene.querySelector<HTMLElement>('[data-control-stamp]');
    this.stampDays = JSON.parse(this.stamp?.dataset['days'] ?? '{}') as Record<string, string>;
    for (const layer of scene.querySelectorAll<SVGSVGElement>('.control-layer')) {
      this.layers.set(layer.dataset['snapshot'] ?? '', layer);
      if (layer.hasAttribute('data-shown')) this.shown = layer.dataset['snapshot'];
    }
  }

  /** One layer shown; a change fades the new layer in over the old, from wherever a fade was. */
  apply({ control: id }: ResolvedMapState, { animate }: LayerOptions): void {
    if (id === this.shown) return;
    this.scene.dataset['control'] = id ?? '';
    for (const node of this.bases) node.hidden = node.dataset['snapshot'] !== id;
    const days = id ? this.stampDays[id] : undefined;
    if (this.stamp) {
      this.stamp.hidden = !days;
      if (days) this.stamp.textContent = days;
    }
    this.finishFade();
    const from = this.shown ? this.layers.get(this.shown) : undefined;
    const to = id ? this.layers.get(id) : undefined;
    this.shown = id;
    if (to) to.setAttribute('data-shown', '');
    const duration = animate && from && to ? motionDuration('--duration-areas', 700) : 0;
    if (duration === 0) {
      if (from && from !== to) from.removeAttribute('data-shown');
      return;
    }
    const animation = to!.animate([{ opacity: 0 }, { opacity: 1 }], {
      duration,
      easing: 'ease-in-out',
    });
    this.fade = { animation, from };
    animation.finished.then(
      () => this.finishFade(),
      () => undefined,
    );
  }

  place(): void {}

  private finishFade(): void {
    if (!this.fade) return;
    const { animation, from } = this.fade;
    this.fade = null;
    animation.cancel();
    if (from && from.dataset['snapshot'] !== this.shown) from.removeAttribute('data-shown');
  }
}
