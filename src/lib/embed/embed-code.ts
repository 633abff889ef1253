/**
 * What a newsroom pastes into its page to embed the story or a scene, and the oEmbed answer that
 * lets a CMS do it from the address alone.
 */
export interface EmbedCodeInput {
  /** The embed page's absolute address. */
  url: string;
  /** The self-hosted pym.js loader's absolute address. */
  pymUrl: string;
  title: string;
  fallbackHeight: number;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The responsive snippet: pym.js's own auto-init markup (no inline script, so it passes a host's
 * script policy that allows our origin), with scroll tracking on every scroll event so that the
 * embedded scrolly keeps its graphic in view. The link inside is what a host without scripts shows.
 */
export function pymSnippet({ url, pymUrl, title }: EmbedCodeInput): string {
  const href = escapeAttribute(url);
  const name = escapeAttribute(title);
  return (
    `<div data-pym-src="${href}" data-pym-title="${name}" data-pym-trackscroll="true" data-pym-scrollwait="0">` +
    `<a href="${href}">${name}</a></div>\n<script src="${escapeAttribute(pymUrl)}"></script>`
  );
}

/** The snippet for hosts that allow no script: a plain iframe of fixed height (the embed then works as a stepper). */
export function iframeSnippet({ url, title, fallbackHeight }: EmbedCodeInput): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${fallbackHeight}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** The oEmbed "rich" response (https://oembed.com/, section 2.3.4.4). */
export function oembedResponse(input: EmbedCodeInput & { providerName: string; providerUrl: string; width: number }) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: pymSnippet(input),
    width: input.width,
    height: input.fallbackHeight,
  };
}

/** An absolute address on this site, under its base path (astro.config's `site` and `base`). */
export function siteUrl(path: string, site: URL | undefined, base: string): string {
  if (!site) throw new Error('astro.config: "site" must be set: embed codes and oEmbed need absolute addresses.');
  return new URL(`${base.replace(/\/$/, '')}${path}`, site).href;
}
