import { motionDuration } from '../../../client/motion-duration';
import { cameraPath, easeInOut } from './camera-path';
import { fitRect, type Camera } from '../../../shared/geo/fit-view';
import type { LayerOptions, MapLayer } from './map-layer';
import { PlaceLabels } from './place-labels';
import { WriteMemo } from './write-memo';
import type { MapPayload, MapViewPayload } from '../payload';
import type { ResolvedMapState } from '../state';

/**
 * `<story-map>`: moves a map drawn at build time (Map.astro) between its named views. It never
 * re-projects: it fits the view's rectangle to the box and moves the geometry's box with a CSS
 * transform on the compositor (Web Animations, so a new `setView` mid-flight starts from where the
 * map is and nothing queues). It holds the layers drawn over the geometry (MapLayer: its own
 * places' labels, and those a scene adds), which sit at constant size: they fade out for a flight
 * and are placed again when the camera rests.
 * Under `prefers-reduced-motion: reduce` views change instantly.
 */

type ViewData = MapViewPayload;

/** Keyframes per transition; the camera is linear between them, and so are the labels. */
const FRAMES = 24;

function transform(camera: Camera): string {
  return `translate(${camera.x.toFixed(2)}px, ${camera.y.toFixed(2)}px) scale(${camera.k.toPrecision(6)})`;
}

/** The CSS transform that takes the picture drawn with camera `from` to camera `to`. */
function relativeTransform(from: Camera, to: Camera): string {
  const k = to.k / from.k;
  return `translate(${(to.x - k * from.x).toFixed(2)}px, ${(to.y - k * from.y).toFixed(2)}px) scale(${k.toPrecision(6)})`;
}

/** A box whose content overflows takes keyboard focus, so that the keys can scroll it; otherwise it does not. */
function reachableIfScrolled(box: HTMLElement): void {
  if (box.scrollHeight > box.clientHeight + 1) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

export class StoryMap extends HTMLElement {
  private data: MapPayload | null = null;
  private frame: HTMLElement | null = null;
  private stage: HTMLElement | null = null;
  private camera: SVGGElement | null = null;
  /** Every camera group: the base map's and those of layers drawn over it (areas of control). */
  private cameras: SVGGElement[] = [];
  /**
   * The boxes a flight moves (class map-moves): the base map, and the box holding the layers drawn
   * over it (areas of control), moved as one: one animation per layer would also tick the hidden
   * layers' animations, which cannot run on the compositor, on the main thread every frame.
   */
  private movers: Element[] = [];
  /** The layers drawn in screen pixels (labels and marks, routes), which fade out for a flight. */
  private overlays: SVGSVGElement[] = [];
  private detail: SVGGElement | null = null;
  private furniture: HTMLElement | null = null;
  /** What applyViewFurniture last wrote (see there). */
  private readonly written = new WriteMemo();
  /** The layers drawn over the map (labels, routes, areas of control...): see MapLayer. */
  private layers: MapLayer[] = [];
  private current: Camera = { k: 1, x: 0, y: 0 };
  private flight: { path: (t: number) => Camera; start: number; duration: number } | null = null;
  private animations: Animation[] = [];
  private size = { width: 0, height: 0 };
  private observer: ResizeObserver | null = null;

  connectedCallback(): void {
    const json = this.querySelector('script.map-data')?.textContent;
    this.frame = this.querySelector('.map-frame');
    this.stage = this.querySelector('.map-stage');
    this.camera = this.querySelector('.map-camera');
    this.cameras = [...this.querySelectorAll<SVGGElement>('.map-camera')];
    this.movers = [...this.querySelectorAll('.map-moves')];
    this.overlays = [...this.querySelectorAll<SVGSVGElement>('.map-routes, .map-svg')];
    this.detail = this.querySelector('.lod-detail');
    this.furniture = this.querySelector('.map-furniture');
    if (!json || !this.frame || !this.stage || !this.camera) return;
    this.data = JSON.parse(json) as MapPayload;
    this.written.changed('detail', this.frame.dataset['detail']);
    this.addLayer(new PlaceLabels(this, this.data));
    for (const geo of this.querySelectorAll('.map-geo')) geo.removeAttribute('viewBox');
    this.frame.classList.add('is-live');
    // The first fit waits for the observer's first report, which comes after the browser's own
    // layout and before the first paint: reading the size here would force a layout of the whole
    // page once per map.
    // On a short phone the key scrolls in its own box (MapScene.astro): keyboard users must be able to reach it.
    const caption = this.querySelector<HTMLElement>('.map-caption');
    // With the map live the key starts as its one line (open without scripts, where it is the
    // only help): the map's own labels name the places and the areas.
    const legend = this.querySelector<HTMLDetailsElement>('details.map-legend');
    if (legend) legend.open = false;
    this.observer = new ResizeObserver((entries) => {
      // The key's overflow is read before the refit writes: read after it, it forces a second layout of the map.
      if (caption && entries.some((entry) => entry.target === caption))
        reachableIfScrolled(caption);
      const stage = entries.find((entry) => entry.target === this.stage);
      if (stage && this.resized(stage.contentRect)) this.jumpTo(this.view);
    });
    this.observer.observe(this.stage);
    if (caption) this.observer.observe(caption);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.stopAnimations();
  }

  /** The id of the view shown (or being moved to). */
  get view(): string {
    return this.dataset['view'] ?? '';
  }

  /** The view ids this map knows. */
  get views(): string[] {
    return Object.keys(this.data?.views ?? {});
  }

  /** Whether the camera is flying between views: the layers drawn in screen pixels are faded out. */
  get inFlight(): boolean {
    return this.flight !== null;
  }

  /** Plugs a layer in: placed now if the camera rests, and every time it comes to rest. */
  addLayer(layer: MapLayer): void {
    this.layers.push(layer);
    const view = this.data?.views[this.view];
    if (this.size.width > 0 && view) layer.place(this.current, view);
  }

  /** Hands a step's state to every layer (after setView, so that they know whether it flies). */
  apply(state: ResolvedMapState, animate: boolean): void {
    const options: LayerOptions = { animate, inFlight: this.inFlight };
    for (const layer of this.layers) layer.apply(state, options);
  }

  /** Moves to a named view: animated, or instantly under reduced motion or with `animate: false`. */
  setView(id: string, { animate = true }: { animate?: boolean } = {}): void {
    const target = this.data?.views[id];
    if (!target) {
      console.warn(`<story-map>: no view "${id}"; valid views: ${this.views.join(', ')}`);
      return;
    }
    // Same view: at rest, or already flying there. A step that draws with scroll progress calls
    // this on every progress event; restarting the flight each time would keep the labels faded.
    if (id === this.view && (!this.flight || animate)) return;
    const duration = animate && this.size.width > 0 ? motionDuration('--duration-view', 650) : 0;
    if (duration === 0) {
      this.stopAnimations();
      this.dataset['view'] = id;
      this.jumpTo(id);
      return;
    }
    const from = this.now();
    this.stopAnimations();
    const to = this.fit(target);
    this.dataset['view'] = id;
    this.flight = { path: cameraPath(from, to), start: performance.now(), duration };
    this.fly(this.flight.path, target, duration, to);
  }

  /** Where the camera is now, mid-flight or at rest. */
  private now(): Camera {
    if (!this.flight) return this.current;
    const t = Math.min(1, (performance.now() - this.flight.start) / this.flight.duration);
    return this.flight.path(easeInOut(t));
  }

  /** Stage size changes: returns whether the map must be refitted. */
  private resized({ width, height }: { width: number; height: number }): boolean {
    const changed = width !== this.size.width || height !== this.size.height;
    this.size = { width, height };
    return changed && width > 0 && height > 0;
  }

  private fit(view: ViewData): Camera {
    return fitRect(view.rect, this.size.width, this.size.height);
  }

  /** Static parts that follow the view: accessible name, scale bar, north arrow, detail level. */
  private applyViewFurniture(view: ViewData): void {
    const frame = this.frame;
    if (!frame) return;
    // Writes only on a change of view. The custom properties go on the small furniture box, not
    // on the frame: a custom property set on the frame restyles every node of the map under it
    // (the <use> clones of the geometry included).
    const key = `${view.detail} ${JSON.stringify(view.rect)} ${view.scale.text} ${view.north} ${view.title}`;
    if (!this.written.changed('furniture', key)) return;
    if (this.written.changed('detail', view.detail)) frame.dataset['detail'] = view.detail;
    const furniture = this.furniture ?? frame;
    furniture.style.setProperty('--aspect', String(view.rect.width / view.rect.height));
    furniture.style.setProperty('--bar-share', String(view.scale.share));
    furniture.style.setProperty('--north', `${view.north ?? 0}deg`);
    const north = this.querySelector<SVGElement>('.map-north');
    north?.setAttribute('data-on', view.north === null ? 'false' : 'true');
    const scaleText = this.querySelector('.map-scale-text');
    if (scaleText) scaleText.textContent = view.scale.text;
    const title = this.querySelector('.map-svg > title');
    const desc = this.querySelector('.map-svg > desc');
    if (title) title.textContent = view.title;
    if (desc) desc.textContent = view.desc;
  }

  private jumpTo(id: string): void {
    const view = this.data?.views[id];
    if (!view || !this.camera || this.size.width === 0) return;
    this.stopAnimations();
    this.current = this.fit(view);
    for (const camera of this.cameras) camera.style.transform = transform(this.current);
    if (this.detail) this.detail.style.opacity = view.detail === 'high' ? '1' : '0';
    for (const layer of this.layers) layer.place(this.current, view);
    this.applyViewFurniture(view);
  }

  /**
   * A flight: the geometry box moves on the compositor with a CSS transform relative to the
   * camera it is drawn with (no repaint per frame; strokes scale a little on the way), then the
   * SVG camera takes the end position and the box drops its transform (one repaint, crisp strokes).
   */
  private fly(path: (t: number) => Camera, view: ViewData, duration: number, to: Camera): void {
    if (!this.camera || this.movers.length === 0) return;
    const frames = Array.from({ length: FRAMES + 1 }, (_, i) => path(easeInOut(i / FRAMES)));
    // The picture the compositor moves is drawn at the flight's widest camera, so the frames only
    // ever enlarge it. Drawn at a close-up and shrunk to a region, the layer would be
    // the whole region at close-up scale, rasterised anew each frame.
    const base = frames.reduce((widest, c) => (c.k < widest.k ? c : widest), frames[0] ?? to);
    const timing: KeyframeAnimationOptions = { duration, easing: 'linear' };
    const keyframes = frames.map((c) => ({ transform: relativeTransform(base, c) }));
    for (const camera of this.cameras) camera.style.transform = transform(base);
    for (const box of this.movers) this.animations.push(box.animate(keyframes, timing));
    // Detail shows once zoomed in and goes at once when zooming out: fading it would repaint.
    if (this.detail && view.detail === 'low') this.detail.style.opacity = '0';
    // Labels and routes fade out for the flight and back in at the end: moving each one every
    // frame would run on the main thread; fading their whole layers runs on the compositor.
    for (const layer of this.overlays)
      this.animations.push(
        layer.animate([{ opacity: 1 }, { opacity: 0, offset: 0.15 }, { opacity: 0 }], timing),
      );
    const last = this.animations[0];
    last?.finished.then(
      () => {
        this.flight = null;
        this.current = to;
        this.jumpTo(this.view);
        for (const layer of this.overlays)
          this.animations.push(
            layer.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 180, easing: 'ease-out' }),
          );
      },
      () => undefined,
    );
    this.applyViewFurniture(view);
  }

  private stopAnimations(): void {
    for (const animation of this.animations) animation.cancel();
    this.animations = [];
    this.flight = null;
  }
}

if (!customElements.get('story-map')) customElements.define('story-map', StoryMap);

declare global {
  interface HTMLElementTagNameMap {
    'story-map': StoryMap;
  }
}
