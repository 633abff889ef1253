import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedResponse, siteUrl } from '../../../server/embed/embed-code';
import { embedCodes } from '../../../server/embed/embed-page';
import { loadEmbeds, type Embed } from '../../../server/embed/embeds';

/** The width the oEmbed answer states; the embed itself fills whatever width its host gives it. */
const oembedWidth = 640;

/** /embed/oembed/<slug>.json: the static oEmbed answer for each embed, linked from its page. */
export const getStaticPaths = (async () => {
  const { story, embeds } = await loadEmbeds();
  return embeds.map((embed) => ({
    params: { slug: embed.slug },
    props: { embed, providerName: story.data.byline },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { embed, providerName } = props as { embed: Embed; providerName: string };
  const [entry] = embedCodes({ site }, { embeds: [embed] });
  if (!entry) throw new Error(`oEmbed: no embed code for "${embed.slug}"`);
  const providerUrl = siteUrl('/', site, import.meta.env.BASE_URL);
  const body = oembedResponse({ ...entry.code, providerName, providerUrl, width: oembedWidth });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
