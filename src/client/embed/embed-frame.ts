import { setViewportSource, viewportMoved, type ViewportSource } from '../scroll/viewport-source';
import {
  isAcceptedOrigin,
  isValidChildId,
  makeMessage,
  parseParentMessage,
  type ChildMessageType,
} from './pym-protocol';

/**
 * The embed page's side of the pym.js protocol, in place of pym's whole child library (which
 * would add weight and still not drive a scrolly): tell the host page our height whenever it
 * changes, and take the host's viewport position (pym's `trackscroll` messages) to drive the
 * scrolly blocks. Until the host reports its viewport, or with no pym host at all, the blocks are
 * steppers: readers move with the previous/next buttons.
 *
 * Runs before the scrolly blocks' script (it comes first in the page), so they start in the
 * right mode. Opened on its own (not in a frame), an embed page scrolls like the story.
 */
const root = document.documentElement;

const stepper: ViewportSource = {
  mode: 'stepper',
  viewport: () => null,
  scrollTo: () => undefined,
};

function acceptedOrigins(): string[] {
  const holder = document.querySelector<HTMLElement>('[data-accept-origins]');
  const parsed: unknown = JSON.parse(holder?.dataset['acceptOrigins'] ?? '[]');
  return Array.isArray(parsed)
    ? parsed.filter((origin): origin is string => typeof origin === 'string')
    : [];
}

/** How long a pym host may take to report its viewport before the embed settles as a stepper, ms. */
const noAnswerWait = 1500;

/**
 * The height (px) the embed lays out its graphics against: the host's viewport height, within
 * bounds a graphic reads well in, or a phone's screen when the host has not said.
 */
function layoutHeight(hostHeight: number | null): number {
  return Math.round(Math.min(1200, Math.max(480, hostHeight ?? 720)));
}

/**
 * The first height message waits for the host's viewport (the layout depends on it) and for the
 * fonts (they change the text's height), so that it is already the final height; then every
 * change is sent as it happens.
 */
function firstHeightSender(sendHeight: (force?: boolean) => void) {
  let state: 'waiting' | 'fonts' | 'sent' = 'waiting';
  return {
    sent: () => state === 'sent',
    ready: () => {
      if (state !== 'waiting') return;
      state = 'fonts';
      // A layout now starts the loads of the fonts it uses, which `fonts.ready` then waits for.
      root.getBoundingClientRect();
      void document.fonts.ready.then(() => {
        state = 'sent';
        sendHeight(true);
        new ResizeObserver(() => sendHeight()).observe(root);
      });
    },
  };
}

function setMode(mode: ViewportSource['mode']): void {
  root.dataset['scrollMode'] = mode;
}

function start(childId: string): void {
  const post = (type: ChildMessageType, message = '') =>
    window.parent.postMessage(makeMessage(childId, type, message), '*');
  const accepted = acceptedOrigins();
  // Until the host answers, lay out against a fallback: never against the frame's own height.
  root.style.setProperty('--embed-vh', `${layoutHeight(null)}px`);

  let sentHeight = -1;
  // Measured on demand (a forced layout), not only by a resize observer: Chromium defers the
  // observer in a cross-origin frame out of view, so the host would wait for its reader to arrive.
  const sendHeight = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sentHeight && !force) return;
    sentHeight = height;
    post('height', String(height));
  };
  const firstHeight = firstHeightSender(sendHeight);

  let hostViewport = { top: 0, height: 1 };
  let layoutWidth = -1;
  const host: ViewportSource = {
    mode: 'host',
    viewport: () => hostViewport,
    scrollTo: (y) => post('scrollToChildPos', String(Math.round(y))),
  };

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isAcceptedOrigin(event.origin, accepted)) return;
    const message = parseParentMessage(event.data, childId);
    if (!message) return;
    if (message.type === 'width') {
      // Our layout follows the frame's own width; pym's width message asks for the height again.
      sendHeight(true);
      return;
    }
    const height = Math.round(message.viewportHeight);
    // The layout's unit follows the host's viewport only when its width changes (a rotation, a
    // resized window), not when a phone's address bar comes and goes: the frame's height holds.
    if (message.viewportWidth !== layoutWidth) {
      layoutWidth = message.viewportWidth;
      root.style.setProperty('--embed-vh', `${layoutHeight(height)}px`);
      if (firstHeight.sent()) sendHeight();
    }
    hostViewport = { top: -message.top, height };
    if (root.dataset['scrollMode'] === 'host') {
      viewportMoved();
    } else {
      setMode('host');
      setViewportSource(host);
    }
    firstHeight.ready();
  });

  // Links within the page (a citation to its source, "skip past this map") would scroll a frame
  // that cannot scroll: in host mode the host page scrolls to the target instead.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const target =
      link &&
      document.getElementById(decodeURIComponent(link.getAttribute('href')?.slice(1) ?? ''));
    if (!target || root.dataset['scrollMode'] !== 'host') return;
    event.preventDefault();
    host.scrollTo(target.getBoundingClientRect().top - hostViewport.height * 0.1, false);
    target.focus({ preventScroll: true });
  });

  // Hosts that embed with pym but without scroll tracking answer only when asked: ask again
  // whenever a step enters or leaves their viewport (intersections are seen across origins even
  // though scrollama's trigger line is not), so their steps still move, if more coarsely.
  const crossings = new IntersectionObserver(() => post('parentPositionInfo'), {
    threshold: [0, 0.5, 1],
  });
  for (const step of document.querySelectorAll('[data-step-index]')) crossings.observe(step);

  post('parentPositionInfo');
  // A host that never answers (a pym older than 1.1) gets the stepper's height.
  window.setTimeout(() => firstHeight.ready(), noAnswerWait);
}

if (window.parent !== window) {
  setMode('stepper');
  setViewportSource(stepper);
  const childId = new URLSearchParams(location.search).get('childId');
  // Framed without pym (a plain iframe of fixed height): steppers, nothing to tell anyone.
  if (isValidChildId(childId)) start(childId);
}
