/**
 * Every step of every built story as images (issue 22): the state each step declares, read the
 * way the gallery reads it (story-index.ts), turned into the inputs of compose-map.ts or
 * compose-timeline.ts from the build's own models (map-model, control-model, routes, the timeline),
 * laid out per size by compose-card.ts and rasterised by render.ts. A state that cannot be drawn
 * stops the build with the story file, the block and the step named.
 */
import { getCollection } from 'astro:content';
import {
  mapModel,
  labelTiers,
  maxStageWidth,
  type MapModel,
} from '../../scenes/map/server/map-model';
import { fallDateSides } from '../../scenes/map/control/server/fall-date-sides';
import { labellingOf } from '../../shared/geo/label-tiers';
import { apronFrames, compact, roomy } from '../../scenes/apron/server/apron-frames';
import { loadTimeline } from '../../scenes/timeline/server/load-timeline';
import { formatDate, formatDays } from '../../shared/format-date';
import { galleryStories } from '../gallery';
import { revealedRect } from '../../shared/geo/fit-view';
import { lineUpTo } from '../../shared/geo/point-along';
import { project } from '../../scenes/map/server/projection';
import { drawnShare, routeLine } from '../../scenes/map/server/route-path';
import { statusLabels } from '../../shared/status-labels';
import type { MapStepState } from '../../scenes/map/state';
import type { StoryBlock, StoryStep } from '../content/story-index';
import type { StoryEntry } from '../content/stories';
import { eventOn, periodDayLabel, storyPeriod } from '../../scenes/timeline/timeline-model';
import { keyEntries, placeKinds } from '../../scenes/map/server/place-kinds';
import { mapLayers } from '../../scenes/map/place-layers';
import { caption } from '../captions';
import { controlModel, type ControlModel } from '../../scenes/map/control/server/control-model';
import { lightTokens, token } from '../social-card/design-tokens';
import tokensCss from '../../styles/tokens.css?raw';
import {
  composeCard,
  ImageInputError,
  imageSizes,
  type CardContent,
  type ImageSize,
  type ImageSizeId,
  type KeyEntry,
} from './compose-card';
import { composeApron } from './compose-apron';
import { composeMap, pathTouches, type MapImageInput, type MapImageItem } from './compose-map';
import { composeTimeline } from './compose-timeline';
import { fontMetrics, renderPng, type Rendered } from './render';

export { imageSizes, type ImageSizeId } from './compose-card';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Where a step's image of one size is served. */
export const stepImageHref = (storyId: string, stepId: string, size: ImageSizeId) =>
  `${base}/step-images/${storyId}/${stepId}-${size}.png`;
/** A step's share page: its own social card, and on to the story at the step. */
export const shareHref = (storyId: string, stepId: string) => `${base}/s/${storyId}/${stepId}/`;
/** The story's image pack. */
export const packHref = (storyId: string) => `${base}/step-images/${storyId}.zip`;

export interface ImageStep {
  story: StoryEntry;
  /** Where the story is read (the home story at /). */
  storyHref: string;
  block: StoryBlock;
  step: StoryStep;
  /** "content/stories/x.mdx <Scrolly id="advance"> <Step id="city-falls">", for errors. */
  where: string;
}

/** Every step of every built story, in reading order. */
export async function imageSteps(): Promise<ImageStep[]> {
  return (await galleryStories()).flatMap(({ story, href, blocks }) =>
    blocks.flatMap((block) =>
      block.steps.map((step) => ({
        story,
        storyHref: href,
        block,
        step,
        where: `${story.filePath ?? story.id} <Scrolly id="${block.id}"> <Step id="${step.id}">`,
      })),
    ),
  );
}

function tokens(): (name: string) => string {
  const light = lightTokens(tokensCss);
  const mix = (a: string, b: string, share: number) => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [x, y] = [rgb(a), rgb(b)];
    return `#${x
      .map((v, i) =>
        Math.round(v * share + y[i]! * (1 - share))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  };
  // The page mixes these in CSS (color-mix): TimelineScene.astro and ApronScene.astro.
  const all = {
    ...light,
    'timeline-medium': mix(token(light, 'color-text'), token(light, 'color-bg'), 0.4),
    'color-apron': mix(token(light, 'color-muted'), token(light, 'color-bg'), 0.22),
    'color-runway': mix(token(light, 'color-text'), token(light, 'color-bg'), 0.72),
  };
  return (name) => token(all, name);
}

const models = new Map<string, Promise<MapModel>>();
const modelFor = (highlight: readonly string[], focusCountry: string) => {
  const key = `${focusCountry}: ${[...highlight].sort().join(' ')}`;
  if (!models.has(key)) models.set(key, mapModel(highlight, focusCountry));
  return models.get(key)!;
};

/** A faction's mark colour in the light scheme, if it has its own. */
const markOf = (control: ControlModel, faction: string) =>
  control.factions.find((f) => f.id === faction)?.markColour?.light;

/** What a map step's image draws, and its key and texts. */
export async function mapContent(
  state: MapStepState,
  t: (name: string) => string,
  focusCountry: string,
): Promise<{
  input: MapImageInput;
  key: KeyEntry[];
  dateText: string;
  note?: string;
  sources: string[];
}> {
  if (!state.view)
    throw new ImageInputError(
      'a map step without a view; expected view="..." (a view id from content/data/views.json)',
    );
  const model = await modelFor(state.highlight, focusCountry);
  const view = model.views.find((candidate) => candidate.id === state.view);
  if (!view)
    throw new ImageInputError(
      `view: got "${state.view}"; expected a view id from content/data/views.json: ${model.views.map((v) => v.id).join(', ')}`,
    );
  const layers: readonly string[] = state.layers.length > 0 ? state.layers : mapLayers;
  const kinds = await placeKinds();
  const kindById = new Map(kinds.map((kind) => [kind.id, kind]));
  const items: MapImageItem[] = model.items
    .map((item) => ({ item, labelling: labellingOf(view, item.id) }))
    .filter(({ labelling }) => labelling.wide || labelling.narrow?.some(Boolean))
    .filter(({ item }) => !item.symbol || layers.includes(kindById.get(item.kind)?.layer ?? ''))
    .map(({ item, labelling }) => ({ ...item, label: labelling.wide, narrow: labelling.narrow }));
  const key: KeyEntry[] = [];
  const sources = [...state.sources];
  let areas: MapImageInput['areas'] = [];
  let falls: MapImageInput['falls'] = [];
  let note: string | undefined;
  const arrowIds = [...(state.arrows ?? []), ...(state.drawArrow ? [state.drawArrow] : [])];
  const control =
    state.control || arrowIds.length > 0 ? await controlModel(focusCountry) : undefined;
  if (state.control && control) {
    const snapshot = control.snapshots.find((candidate) => candidate.id === state.control);
    if (!snapshot)
      throw new ImageInputError(
        `control: got "${state.control}"; expected a snapshot id: ${control.snapshots.map((s) => s.id).join(', ')}`,
      );
    const fillOf = new Map(control.factions.map((faction) => [faction.id, faction.colour.light]));
    areas = snapshot.areas.map((area) => ({ ...area, fill: fillOf.get(area.holder) }));
    const order = control.snapshots.map((s) => s.id);
    const dated = control.falls.map((fall) => ({
      town: fall.town,
      point: fall.point,
      text: formatDays(fall.days, { short: true, year: false }),
      order: order.indexOf(fall.snapshot),
    }));
    // The same sides as the page's (ControlMarks.astro), for this view.
    const sides = fallDateSides(dated, view, model.items, labelTiers, maxStageWidth);
    falls = control.falls
      .filter((fall) => order.indexOf(fall.snapshot) <= snapshot.index)
      .map((fall) => ({
        point: fall.point,
        faction: fall.faction,
        text: formatDays(fall.days, { short: true, year: false }),
        latest: fall.snapshot === snapshot.id,
        colour: markOf(control, fall.faction),
        sides: sides.get(fall.town),
      }));
    note = `Areas approximate, ${formatDays(snapshot.days)}`;
    // The key names the sides the map shows, not every side of the snapshot.
    // (in the view or in what a wide or tall image shows around it).
    const shown = revealedRect(view.rect, 0.45, 1.8);
    const held = new Set(
      snapshot.areas.filter((area) => pathTouches(area.d, shown)).map((area) => area.holder),
    );
    for (const faction of control.factions)
      if (held.has(faction.id))
        key.push({ kind: 'swatch', fill: faction.colour.light, label: faction.label });
    if (held.has('not-sourced'))
      key.push({ kind: 'swatch', fill: '', hatch: true, label: 'Holder not sourced' });
    for (const id of snapshot.sources) if (!sources.includes(id)) sources.push(id);
  }
  const thrusts = arrowIds.map((id) => {
    const thrust = control?.thrusts.find((candidate) => candidate.id === id);
    if (!thrust)
      throw new ImageInputError(
        `arrows: got "${id}"; expected a thrust id from content/data/control/thrusts.json`,
      );
    return {
      faction: thrust.faction,
      points: thrust.points,
      colour: control ? markOf(control, thrust.faction) : undefined,
    };
  });
  if (thrusts.length > 0)
    key.push({ kind: 'arrow', colour: t('control-arrow'), label: await caption('thrusts-key') });
  const routes: MapImageInput['routes'] = [];
  if (state.route) {
    const route = (await getCollection('routes')).find(
      (candidate) => candidate.id === state.route!.id,
    );
    if (!route)
      throw new ImageInputError(
        `route: got "${state.route.id}"; expected a route id from content/data/routes.json`,
      );
    const places = new Map((await getCollection('places')).map((p) => [p.id, p.data]));
    const stops = route.data.waypoints.map((w) => {
      const place = places.get(w.place);
      if (!place)
        throw new ImageInputError(
          `route "${route.id}": no place "${w.place}" in content/data/places.json`,
        );
      return [place.lon, place.lat] as [number, number];
    });
    const line = routeLine(
      stops,
      project,
      route.data.waypoints.slice(1).map((w) => w.via),
    );
    const share = drawnShare(state.route.progress.to, line.legEnds);
    if (share > 0)
      routes.push({
        kind: route.data.kind,
        points: lineUpTo(line.points, share),
        aircraft: route.data.symbol === 'aircraft',
      });
    key.push({
      kind: 'line',
      dashed: route.data.kind === 'schematic',
      label: `${route.data.title}${route.data.kind === 'schematic' ? ': schematic line, only the stops are sourced' : ''}`,
    });
  }
  // The key's lines for the kinds drawn, in place-kinds.json's order.
  const drawn = new Set(
    items.filter((item) => item.symbol).map((item) => kindById.get(item.kind)?.legend),
  );
  key.unshift(
    ...keyEntries(kinds)
      .filter((kind) => drawn.has(kind.legend))
      .map((kind): KeyEntry => ({
        kind: 'symbol',
        symbol: kind.symbol,
        colour: kind.colour?.light,
        label: kind.legend,
      })),
  );
  const input: MapImageInput = {
    rect: view.rect,
    detail: view.detail,
    regional: model.regional,
    detailLevel: model.detail,
    governorates: layers.includes('governorates'),
    areas,
    routes,
    thrusts,
    falls,
    items,
    status: state.status,
    scale: view.scale,
    north: view.north,
    tiers: labelTiers,
  };
  const dateText = state.date ? formatDate(state.date.to) : view.title;
  return { input, key, dateText, ...(note ? { note } : {}), sources };
}

/** "Sources: A; B." for the credit line, or nothing for a step that names none. */
async function sourceNames(ids: readonly string[]): Promise<string> {
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data.publisher]));
  const names = [...new Set(ids.map((id) => sources.get(id) ?? id))];
  return names.length > 0 ? ` Sources: ${names.join('; ')}.` : '';
}

/** The card content of one step (all sizes share it). */
export async function cardContent(entry: ImageStep): Promise<CardContent> {
  const t = tokens();
  const { state } = entry.step;
  const fonts = fontMetrics();
  const byline = `${entry.story.data.byline}, ${new URL(import.meta.env.SITE ?? 'https://example.org').host}`;
  if (state.kind === 'timeline') {
    if (!state.date)
      throw new ImageInputError('a timeline step without a date; expected date="YYYY-MM-DD"');
    const { events, milestones, band, axis } = await loadTimeline();
    const day = state.date.to;
    const current = eventOn(events, day, state.event);
    const period = storyPeriod(milestones, entry.story.data.dayCountOf);
    const credit = `${byline}.${await sourceNames([...state.sources, ...(current?.sources ?? [])])}`;
    return {
      headline: entry.story.data.headline,
      dateText: formatDate(day),
      status: state.status ? statusLabels[state.status] : undefined,
      key: [
        { kind: 'mark', confidence: 'high', label: 'High' },
        { kind: 'mark', confidence: 'medium', label: 'Medium' },
        { kind: 'mark', confidence: 'low', label: 'Low confidence' },
        { kind: 'band', label: band.key },
      ],
      credit,
      graphic: (box) =>
        composeTimeline(
          {
            axis,
            events,
            milestones,
            bandLabel: band.label,
            day,
            current,
            dateText: formatDate(day),
            dayCount: period ? periodDayLabel(day, period) : '',
          },
          box,
          t,
          fonts,
        ),
    };
  }
  if (state.kind === 'apron') return apronContent(entry, byline, t);
  const map = await mapContent(state, t, entry.story.data.focusCountry);
  const credit = `${byline}.${await sourceNames(map.sources)} ${await caption('image-map-credits')}${map.note ? ' Areas of control drawn by the graphics desk from the reports cited.' : ''}`;
  return {
    headline: entry.story.data.headline,
    dateText: map.dateText,
    status: state.status ? statusLabels[state.status] : undefined,
    note: map.note,
    key: map.key,
    credit,
    graphic: (box) => composeMap(map.input, box, t, `map-${entry.step.id}`).svg,
  };
}

/** An apron step: the aircraft its imagery counted, to scale beside the runway. */
async function apronContent(
  entry: ImageStep,
  byline: string,
  t: (name: string) => string,
): Promise<CardContent> {
  const { state } = entry.step;
  if (state.kind !== 'apron' || !state.imagery)
    throw new ImageInputError(
      'an apron step without imagery; expected imagery="..." (an id from content/data/imagery.json)',
    );
  const [frame] = await apronFrames([state.imagery]);
  const { imagery, airfield, slots } = frame!;
  const sources = [
    ...state.sources,
    imagery.source,
    airfield.runway.width.source,
    airfield.runway.length.source,
  ];
  return {
    headline: entry.story.data.headline,
    dateText: `${airfield.name}, ${formatDate(imagery.date)}`,
    status: state.status ? statusLabels[state.status] : undefined,
    // The labels name each aircraft; the line says what the drawing is and what a dashed one means.
    note: `Schematic, to scale${slots.some((slot) => slot.disputed) ? '; dashed: count disputed' : ''}`,
    key: [],
    credit: `${byline}.${await sourceNames(sources)} Aircraft drawn to scale by the graphics desk, side by side, not where they were parked: no source gives their positions.`,
    graphic: (box) =>
      composeApron(
        {
          slots,
          runway: { width: airfield.runway.width.value, length: airfield.runway.length.value },
          arrangements: [compact, roomy],
        },
        box,
        t,
      ),
  };
}

function named(entry: ImageStep, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${entry.where}: cannot draw the step's image: ${message}`, { cause: error });
}

/** The SVG of one step at one size. */
export async function stepSvg(entry: ImageStep, size: ImageSize): Promise<string> {
  try {
    return composeCard(size, await cardContent(entry), fontMetrics(), tokens());
  } catch (error) {
    throw named(entry, error);
  }
}

const rendered = new Map<string, Promise<Rendered>>();

/** The PNG of one step at one size: drawn once per build, and not at all when the cache has it. */
export function stepPng(entry: ImageStep, size: ImageSize): Promise<Rendered> {
  const key = `${entry.story.id}/${entry.step.id}/${size.id}`;
  if (!rendered.has(key)) {
    rendered.set(
      key,
      stepSvg(entry, size).then(async (svg) => {
        try {
          return await renderPng(svg, size.width);
        } catch (error) {
          throw named(entry, error);
        }
      }),
    );
  }
  return rendered.get(key)!;
}

/** Starts every image of the build at once (resvg draws on worker threads), so pages that need one wait less. */
export async function renderAll(): Promise<void> {
  const steps = await imageSteps();
  await Promise.all(steps.flatMap((entry) => imageSizes.map((size) => stepPng(entry, size))));
}
