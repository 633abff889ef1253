/**
 * The social card (Open Graph / Twitter image), rendered at build from the story's map and
 * headline, and written to dist/social-card.png. Rasterised by sharp (libvips + librsvg), so the
 * build needs no browser. The map is the story's overview: the largest view drawn in full detail
 * (in content/data/views.json), with its key places.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { mapModel } from '../scenes/map/server/map-model';
import { homeStory } from '../server/content/stories';
import { cardSvg } from '../server/social-card/compose';
import { darkTokens } from '../server/social-card/design-tokens';
import tokensCss from '../styles/tokens.css?raw';

export const GET: APIRoute = async () => {
  const story = await homeStory();
  const model = await mapModel();
  const area = (id: string) => {
    const rect = model.views.find((candidate) => candidate.id === id)?.rect;
    return rect ? rect.width * rect.height : 0;
  };
  const detailed = (await getCollection('views')).filter((entry) => entry.data.detail === 'high');
  const overview = detailed.sort((a, b) => area(b.id) - area(a.id))[0];
  const view = model.views.find((candidate) => candidate.id === overview?.id);
  if (!overview || !view)
    throw new Error('content/data/views.json: the social card needs a view with "detail": "high"');
  const keyPlaces = new Set(overview.data.keyPlaces);
  const svg = cardSvg({
    headline: story.data.headline,
    dek: story.data.dek,
    geometry: model.detail,
    rect: view.rect,
    places: model.items
      .filter((item) => keyPlaces.has(item.id) && item.symbol)
      .map((item) => ({
        label: item.texts.at(-1) ?? item.id,
        point: item.point,
        square: item.symbol === 'square',
        fill: item.colour?.dark,
      })),
    tokens: darkTokens(tokensCss),
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
