/**
 * What a newsroom pastes into its page to embed the story or a scene, and the oEmbed answer that
 * lets a CMS do it from the address alone.
 */
export interface EmbedCodeInput {
  /** The embed page's absolute address. */
  url: string;
  /** The host-side upgrade script's absolute address (/embed/frames.js: pym.js and its loader). */
  framesUrl: string;
  title: string;
  /** The plain iframe's height, px: the embed works at it without any script. */
  fallbackHeight: number;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The plain iframe: works on its own at its height (the embed is then a stepper moved with its
 * buttons), in pages that allow no script and through CMSs that keep only iframes (WordPress's
 * oEmbed filter keeps `src`, `width`, `height` and `title`, which is why they carry everything).
 */
export function iframeSnippet({ url, title, fallbackHeight }: EmbedCodeInput): string {
  return `<iframe src="${escapeAttribute(url)}" width="100%" height="${fallbackHeight}" title="${escapeAttribute(title)}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/**
 * The responsive code: the plain iframe first, then the upgrade script, which swaps it for a
 * pym.js frame sized to its content that follows the host page's scroll. No inline script: a
 * host whose script policy allows this site runs it; any other keeps the working iframe.
 */
export function responsiveSnippet(input: EmbedCodeInput): string {
  return `${iframeSnippet(input)}\n<script src="${escapeAttribute(input.framesUrl)}"></script>`;
}

/** The oEmbed "rich" response (https://oembed.com/, section 2.3.4.4): the responsive code, iframe first. */
export function oembedResponse(
  input: EmbedCodeInput & { providerName: string; providerUrl: string; width: number },
) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: responsiveSnippet(input),
    width: input.width,
    height: input.fallbackHeight,
  };
}

/** An absolute address on this site, under its base path (astro.config's `site` and `base`). */
export function siteUrl(path: string, site: URL | undefined, base: string): string {
  if (!site)
    throw new Error(
      'astro.config: "site" must be set: embed codes and oEmbed need absolute addresses.',
    );
  return new URL(`${base.replace(/\/$/, '')}${path}`, site).href;
}
