import pym from 'pym.js';

/**
 * Runs on a news site's page, served from this site as /embed/frames.js (pym.js bundled in): the
 * optional upgrade after an embed code's plain iframe. Each iframe showing one of this site's
 * embed pages is replaced by a pym.js frame of the same address and title, which the embed then
 * sizes to its content and drives from the host page's scroll (pym's `trackscroll`). Without
 * this script (a CMS that strips scripts, a strict host) the iframe works on its own as a stepper.
 * No inline script, no markup from messages: it passes a host's strict script policy that allows
 * this site.
 */
const script = document.currentScript as HTMLScriptElement | null;
/** This site's embed pages: the folder this script is served from. */
const embedRoot = new URL('./', script?.src ?? location.href).href;
let made = 0;

function isOurEmbed(iframe: HTMLIFrameElement): boolean {
  const src = iframe.getAttribute('src');
  if (!src) return false;
  const url = new URL(src, location.href);
  return (
    url.href.startsWith(embedRoot) &&
    !url.searchParams.has('childId') &&
    !url.pathname.includes('/oembed/')
  );
}

function upgrade(iframe: HTMLIFrameElement): void {
  const holder = document.createElement('div');
  made += 1;
  holder.id = `story-embed-${made}`;
  holder.className = 'story-embed';
  iframe.replaceWith(holder);
  new pym.Parent(holder.id, new URL(iframe.getAttribute('src') ?? '', location.href).href, {
    title: iframe.title,
    trackscroll: true,
    scrollwait: 0,
  });
}

function upgradeAll(): void {
  for (const iframe of document.querySelectorAll('iframe')) if (isOurEmbed(iframe)) upgrade(iframe);
}

upgradeAll();
// An embed code placed before the iframe it upgrades, or a CMS that adds the iframe later in parsing.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradeAll);
