import type { AstroGlobal } from 'astro';
import type { Embed, StoryEmbeds } from './embeds';
import { siteUrl } from './embed-code';

type Site = Pick<AstroGlobal, 'site'>;

/**
 * The addresses an embed page links to: the story's own page, its oEmbed JSON, the host-side
 * upgrade script (pym.js and its loader).
 * `preview` is site-relative: the codes page previews the build that serves it (a staging copy
 * or a laptop), never the production origin named by `site`.
 */
export function embedAddresses(astro: Site, embed: Embed) {
  const base = import.meta.env.BASE_URL;
  return {
    url: siteUrl(embed.path, astro.site, base),
    preview: `${base.replace(/\/$/, '')}${embed.path}`,
    story: siteUrl('/', astro.site, base),
    oembed: siteUrl(`/embed/oembed/${embed.slug}.json`, astro.site, base),
    frames: siteUrl('/embed/frames.js', astro.site, base),
  };
}

/** The embed-code inputs of every embed. */
export function embedCodes(astro: Site, { embeds }: Pick<StoryEmbeds, 'embeds'>) {
  return embeds.map((embed) => {
    const { url, frames } = embedAddresses(astro, embed);
    return {
      embed,
      code: { url, framesUrl: frames, title: embed.title, fallbackHeight: embed.fallbackHeight },
    };
  });
}
