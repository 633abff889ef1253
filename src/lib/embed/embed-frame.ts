import { setViewportSource, viewportMoved, type ViewportSource } from '../scroll/viewport-source';
import { isAcceptedOrigin, isValidChildId, makeMessage, parseParentMessage, type ChildMessageType } from './pym-protocol';

/**
 * The embed page's side of the pym.js protocol, in place of pym's whole child library (which
 * would add 2.8 KB gzip and still not drive a scrolly): tell the host page our height whenever it
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
  return Array.isArray(parsed) ? parsed.filter((origin): origin is string => typeof origin === 'string') : [];
}

function setMode(mode: ViewportSource['mode']): void {
  root.dataset['scrollMode'] = mode;
}

function start(childId: string): void {
  const post = (type: ChildMessageType, message = '') => window.parent.postMessage(makeMessage(childId, type, message), '*');
  const accepted = acceptedOrigins();

  let sentHeight = -1;
  const sendHeight = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sentHeight && !force) return;
    sentHeight = height;
    post('height', String(height));
  };
  new ResizeObserver(() => sendHeight()).observe(root);

  let hostViewport = { top: 0, height: 1 };
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
    // The host's viewport height sizes the graphic (the frame's own vh is its content's height).
    if (height !== hostViewport.height) root.style.setProperty('--host-vh', `${height}px`);
    hostViewport = { top: -message.top, height };
    if (root.dataset['scrollMode'] === 'host') {
      viewportMoved();
    } else {
      setMode('host');
      setViewportSource(host);
    }
  });

  // Links within the page (a citation to its source, "skip past this map") would scroll a frame
  // that cannot scroll: in host mode the host page scrolls to the target instead.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const target = link && document.getElementById(decodeURIComponent(link.getAttribute('href')?.slice(1) ?? ''));
    if (!target || root.dataset['scrollMode'] !== 'host') return;
    event.preventDefault();
    host.scrollTo(target.getBoundingClientRect().top - hostViewport.height * 0.1, false);
    target.focus({ preventScroll: true });
  });

  // Hosts that embed with pym but without scroll tracking answer only when asked: ask again
  // whenever a step enters or leaves their viewport (intersections are seen across origins even
  // though scrollama's trigger line is not), so their steps still move, if more coarsely.
  const crossings = new IntersectionObserver(() => post('parentPositionInfo'), { threshold: [0, 0.5, 1] });
  for (const step of document.querySelectorAll('[data-step-index]')) crossings.observe(step);

  sendHeight();
  post('parentPositionInfo');
}

if (window.parent !== window) {
  setMode('stepper');
  setViewportSource(stepper);
  const childId = new URLSearchParams(location.search).get('childId');
  // Framed without pym (a plain iframe of fixed height): steppers, nothing to tell anyone.
  if (isValidChildId(childId)) start(childId);
}
