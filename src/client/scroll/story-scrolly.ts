import { startScroller } from './scroller';
import { addressDelay, triggerOffset } from './settings';
import { isSceneGraphic, type SceneGraphic } from './scene-graphic';
import { stepRequestEvent, type StepRequest } from './step-request';
import { stepAtLine } from '../../shared/step-state';
import { isContinuous, resolveState, type StepState } from '../../scenes/registry';
import { onViewportChange, pinOffset, viewportSource, type Viewport } from './viewport-source';
import { prefersReducedMotion, reducedMotion } from '../reduced-motion';
import { renderAhead } from './render-ahead';
import { watchCardOverflow } from './card-overflow';

/**
 * How far through its step the graphic is drawn. A reader who asks for reduced motion sees each
 * step's state as it stands at the step's end, whole from the step's first line: a line drawing
 * itself, an aircraft riding it, a date running with the scroll are movement the scroll drives
 * (WCAG 2.3.3, animation from interactions), and each redraw cost a frame of its own.
 */
function shownProgress(progress: number): number {
  return prefersReducedMotion() ? 1 : progress;
}

/** Where the trigger line falls in a block: the step, how far through it, and whether the block holds the line. */
interface Measured {
  index: number;
  progress: number;
  engaged: boolean;
  /** The block is far from the viewport: its state is settled, not measured (see `measure`). */
  settled?: boolean;
}

/**
 * <story-scrolly>: a sticky graphic and the steps that scroll past it. It reads its steps'
 * states (written at build into data-states), shows the state of the step at the trigger line,
 * and gives readers previous/next controls, arrow keys and an address that follows the step.
 */
export class StoryScrolly extends HTMLElement {
  private states: StepState[] = [];
  private steps: HTMLElement[] = [];
  private graphic: (Element & SceneGraphic) | null = null;
  /** The sticky box holding the graphic and its step buttons; found once, read every frame in host mode. */
  graphicBox: HTMLElement | null = null;
  private current = { index: -1, progress: -1, engaged: false };
  /** The progress the graphic last showed (only continuous steps redraw with progress). */
  private drawnProgress = -1;
  private addressTimer = 0;
  /** Host mode: how far the graphic is moved down its block (px), as measured and as shown. */
  private measuredPin: number | null = null;
  private shownPin: number | null = null;

  connectedCallback(): void {
    this.states = JSON.parse(this.dataset['states'] ?? '[]') as StepState[];
    this.steps = [...this.querySelectorAll<HTMLElement>('[data-step-index]')];
    const graphic = this.querySelector('[data-scene-graphic]');
    this.graphic = isSceneGraphic(graphic) ? graphic : null;
    if (graphic && !this.graphic) this.adoptWhenDefined(graphic);
    this.graphicBox = this.querySelector<HTMLElement>('.scrolly-graphic');
    if (this.steps.length !== this.states.length) {
      throw new Error(
        `story-scrolly#${this.id}: ${this.steps.length} steps in the page but ${this.states.length} states`,
      );
    }
    this.addEventListener('keydown', this.onKey);
    this.querySelector('[data-step-prev]')?.addEventListener('click', () => this.go(-1));
    this.querySelector('[data-step-next]')?.addEventListener('click', () => this.go(1));
    // A graphic's own controls move the block's steps too (step-request.ts).
    this.addEventListener(stepRequestEvent, (event) => {
      const delta = (event as CustomEvent<StepRequest>).detail.index - this.activeIndex;
      if (delta !== 0) this.go(delta);
    });
    watchCardOverflow(this.querySelectorAll<HTMLElement>('.step-card'));
    this.dataset['enhanced'] = '';
    register(this);
  }

  /**
   * The page may run this block's script before its graphic's (bundlers order them as they
   * please): take the graphic once its element is defined, and show it the step already reached.
   */
  private adoptWhenDefined(element: Element): void {
    // A scene's graphic must be a custom element: a plain one would never be adopted.
    if (!element.localName.includes('-'))
      throw new Error(
        `story-scrolly#${this.id}: its graphic <${element.localName}> is not a custom element`,
      );
    void customElements
      .whenDefined(element.localName)
      .then(() => {
        if (!this.isConnected || this.graphic === element || !isSceneGraphic(element)) return;
        this.graphic = element;
        const state = this.states[this.current.index];
        if (!state) return;
        this.drawnProgress = shownProgress(this.current.progress);
        element.applyState(resolveState(state, this.drawnProgress), { animate: false });
      })
      .catch((error: unknown) => console.error(error));
  }

  get stepElements(): HTMLElement[] {
    return this.steps;
  }

  /** The step shown (0 before any). */
  get activeIndex(): number {
    return Math.max(0, this.current.index);
  }

  /**
   * Reads where the block and its steps are (layout reads only). `updateAll` measures every block
   * before any block writes, so a frame costs at most one layout: measuring after another block's
   * DOM writes would force a synchronous layout per block.
   */
  measure(triggerY: number, viewport: Viewport): Measured | null {
    const box = this.getBoundingClientRect();
    if (
      box.bottom < viewport.top - viewport.height ||
      box.top > viewport.top + 2 * viewport.height
    ) {
      // Out of reach: the reader has passed the block (so its last step holds) or not reached it
      // (its first). Settled without measuring its steps, and without animation, so a jump past it
      // (End, a link) leaves it as the reader finds it on scrolling back. A block never shown yet
      // still shows its first step as built: nothing to do.
      const passed = box.bottom < triggerY;
      if (!passed && this.current.index === -1) return null;
      return {
        index: passed ? this.steps.length - 1 : 0,
        progress: passed ? 1 : 0,
        engaged: false,
        settled: true,
      };
    }
    // On a phone a step's progress runs while its card sits in its band: a line that draws with
    // the scroll is whole before the card moves on (the band's height off each step's end).
    const band = cardBand(viewport);
    const { index, progress } = stepAtLine(
      this.steps.map((step) => {
        const { top, bottom } = step.getBoundingClientRect();
        return { top, bottom: Math.max(top + 1, bottom - band) };
      }),
      triggerY,
    );
    this.measuredPin = this.pinFor(box, viewport);
    return { index, progress, engaged: box.top <= triggerY && box.bottom >= triggerY };
  }

  /** Host mode (an embed the host page scrolls): where the graphic must sit to stay in the reader's viewport. */
  private pinFor(box: DOMRect, viewport: Viewport): number | null {
    const graphic = this.graphicBox;
    if (viewportSource().mode !== 'host' || !graphic) return null;
    return pinOffset(
      viewport.top - box.top,
      { top: graphic.offsetTop, height: graphic.offsetHeight },
      box.height,
    );
  }

  /** Moves the graphic to the measured pin (a transform: the compositor moves it, nothing relayouts). */
  private applyPin(): void {
    const graphic = this.graphicBox;
    if (!graphic || this.measuredPin === this.shownPin) return;
    this.shownPin = this.measuredPin;
    graphic.style.transform = this.measuredPin === null ? '' : `translateY(${this.measuredPin}px)`;
  }

  /** Shows the state measured at the trigger line (DOM writes only); cheap when nothing changed. */
  update({ index, progress, engaged }: Measured, jump: boolean): void {
    const state = this.states[index];
    if (!state) return;
    this.applyPin();
    const stepChanged = index !== this.current.index;
    const shown = shownProgress(progress);
    const progressMatters = isContinuous(state) && Math.abs(shown - this.drawnProgress) > 0.001;
    // Progress is kept for every step (a resize returns the reader to it); it redraws only continuous
    // ones, and under reduced motion only once per step (shownProgress).
    const ownPage = viewportSource().mode === 'window';
    if (ownPage && engaged !== this.current.engaged) this.followAddress(engaged ? state.id : null);
    const first = this.current.index === -1;
    const previous = this.current.index;
    this.current = { index, progress, engaged };
    if (!stepChanged && !progressMatters) return;
    this.drawnProgress = shown;
    this.graphic?.applyState(resolveState(state, shown), {
      animate: !first && !jump && !prefersReducedMotion(),
    });
    if (stepChanged) {
      this.dataset['activeStep'] = state.id;
      // Only the two steps that change: toggling every step restyles them all.
      this.steps[previous]?.classList.remove('is-active');
      this.steps[index]?.classList.add('is-active');
      this.updateControls(index);
      if (engaged && ownPage) this.followAddress(state.id);
    }
  }

  /**
   * After a width change (a rotation, a resized window) the steps reflow, so the same scroll
   * offset would show another step: scroll back to where the reader was in the step they read.
   */
  keepReaderPlace(): void {
    const step = this.steps[this.current.index];
    // In an embed the host page owns the scroll position (and keeps its own place on resize).
    if (!step || !this.current.engaged || viewportSource().mode !== 'window') return;
    const box = step.getBoundingClientRect();
    const viewport = { top: 0, height: window.innerHeight };
    const y =
      window.scrollY +
      box.top +
      this.current.progress * Math.max(1, box.height - cardBand(viewport)) -
      triggerLine(viewport);
    window.scrollTo({ top: y, behavior: 'instant' });
  }

  /** Stepper mode (no viewport known): shows step `index` whole, as if read to its end. */
  showStep(index: number, jump: boolean): void {
    this.measuredPin = null;
    const clamped = Math.min(this.steps.length - 1, Math.max(0, index));
    this.update({ index: clamped, progress: 1, engaged: false }, jump);
  }

  private updateControls(index: number): void {
    const prev = this.querySelector<HTMLButtonElement>('[data-step-prev]');
    const next = this.querySelector<HTMLButtonElement>('[data-step-next]');
    const counter = this.querySelector('[data-step-counter]');
    if (prev) prev.disabled = index <= 0;
    if (next) next.disabled = index >= this.steps.length - 1;
    if (counter) counter.textContent = `${index + 1} / ${this.steps.length}`;
  }

  /** Replaces (never pushes) the address, so following steps adds nothing to history. */
  private followAddress(stepId: string | null): void {
    clearTimeout(this.addressTimer);
    this.addressTimer = window.setTimeout(() => {
      const hash = stepId ? `#${stepId}` : '';
      if (location.hash === hash) return;
      if (!stepId && !this.steps.some((step) => `#${step.id}` === location.hash)) return;
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }, addressDelay);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    if (event.key === 'ArrowRight') this.go(1, event);
    else if (event.key === 'ArrowLeft') this.go(-1, event);
  };

  /**
   * Moves to the previous or next step and focuses it: scrolls it past the trigger line (the
   * page's own or, in an embed, the host's), or in stepper mode simply shows it.
   */
  go(delta: number, event?: Event): void {
    const from = Math.max(0, this.current.index);
    const step = this.steps[from + delta];
    if (!step) return;
    event?.preventDefault();
    const source = viewportSource();
    const viewport = source.viewport();
    if (source.mode === 'window') {
      step.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    } else if (viewport) {
      // Just past the trigger line, as scroll-margin-top puts a step on the story's own page.
      source.scrollTo(
        step.getBoundingClientRect().top - (triggerLine(viewport) - viewport.top) + 1,
        !prefersReducedMotion(),
      );
    } else {
      this.showStep(from + delta, false);
    }
    step.focus({ preventScroll: true });
  }
}

const scrollies: StoryScrolly[] = [];
let scheduled = false;

/**
 * Where a phone's card band starts, px from the viewport's top, read from a sticky card (its
 * `top`, Step.astro), or null where cards do not stick (wider screens, embeds). Measured once per
 * size: the band is where a step begins, so the step shown is always the card in the band.
 */
let bandTop: number | null | undefined;

function stickyCardTop(): number | null {
  if (viewportSource().mode !== 'window') return null;
  const card = scrollies[0]?.querySelector('.step-card');
  if (!card) return null;
  const style = getComputedStyle(card);
  return style.position === 'sticky' ? parseFloat(style.top) : null;
}

/** The height of a phone's card band (px), or 0 where cards do not stick. */
function cardBand(viewport: Viewport): number {
  bandTop ??= stickyCardTop();
  return bandTop === null ? 0 : Math.max(0, viewport.height - bandTop);
}

/** The trigger line, px in this document's viewport: the band's top on phones, else a share of the height. */
function triggerLine(viewport: Viewport): number {
  bandTop ??= stickyCardTop();
  // A step placed by its scroll margin sits exactly on the band's top: count it in despite rounding.
  return bandTop === null
    ? viewport.top + viewport.height * triggerOffset
    : viewport.top + bandTop + 1;
}

function updateAll(jump = false): void {
  const viewport = viewportSource().viewport();
  if (!viewport) {
    for (const scrolly of scrollies) scrolly.showStep(scrolly.activeIndex, jump);
    return;
  }
  const triggerY = triggerLine(viewport);
  // All reads, then all writes (see StoryScrolly.measure).
  const measured = scrollies.map((scrolly) => scrolly.measure(triggerY, viewport));
  scrollies.forEach((scrolly, i) => {
    const at = measured[i];
    if (at) scrolly.update(at, jump || at.settled === true);
  });
}

/** Collects the page's scrolly blocks, then starts the page's one scroller over all their steps. */
function register(scrolly: StoryScrolly): void {
  scrollies.push(scrolly);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    // Framed as an embed, the frame's own scroll position means nothing (see viewport-source.ts).
    const ownScroll = viewportSource().mode === 'window';
    const line = triggerLine({ top: 0, height: window.innerHeight }) / window.innerHeight;
    const schedule = startScroller(
      ownScroll ? scrollies.flatMap((block) => block.stepElements) : [],
      { offset: Math.min(1, Math.max(0, line)), onChange: () => updateAll() },
    );
    // A jump (Home, a link from far away) can move a block into view without any step crossing
    // the trigger line, so no scrollama event fires: bring each block up to date as it nears.
    const nearing = new IntersectionObserver(schedule, { rootMargin: '100% 0px' });
    for (const block of scrollies) nearing.observe(block);
    // A jump (anchor link, back button) lands in its state without sweeping through the others.
    window.addEventListener('hashchange', () => updateAll(true));
    window.addEventListener('popstate', () => updateAll(true));
    // An embed's host reports its viewport: follow each move; a change of mode lands without animation.
    onViewportChange((modeChanged) => (modeChanged ? updateAll(true) : schedule()));
    renderAhead(scrollies.flatMap((block) => block.graphicBox ?? []));
    let width = window.innerWidth;
    window.addEventListener('resize', () => {
      bandTop = undefined;
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      for (const scrolly of scrollies) scrolly.keepReaderPlace();
      updateAll(true);
    });
    // A reader who turns reduced motion on or off mid-story sees the step drawn as that asks.
    reducedMotion?.addEventListener('change', () => updateAll(true));
  });
}

customElements.define('story-scrolly', StoryScrolly);
