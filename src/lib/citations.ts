import { readFileSync } from 'node:fs';
import type { AstroGlobal } from 'astro';
import { contentRoot } from '../content-root';

/**
 * The story being rendered tells its citation components which sources it lists and in which
 * order, through `Astro.locals` (one object per rendered page), so that `<Cite>` in MDX needs
 * nothing but a source id.
 *
 * Sources are numbered in reading order: first cited, first numbered, whatever order the
 * frontmatter lists them in (see `readingOrder`). Sources the story lists but never cites come last,
 * in the frontmatter's order.
 */
interface CitationContext {
  storyFile: string;
  sourceOrder: readonly string[];
}

const key = Symbol.for('story.citations');

/** What the data files cite when the MDX names them: a step's `event` and `notes`, an <Imagery>, <AircraftCompare>. */
export interface CitedData {
  events: Record<string, readonly string[]>;
  notes: Record<string, readonly string[]>;
  imagery: Record<string, readonly string[]>;
  aircraft: readonly string[];
}

const words = (value: string) => value.split(/\s+/).filter(Boolean);

/**
 * The order in which a reader meets the story's sources, read from its MDX body: <Cite> and
 * <Quote> where they stand; the sources of a step's graphic (`sources`, `event`, `notes`) at the
 * end of that step, after the step's own words; an <Imagery> or <AircraftCompare> where it stands;
 * a timeline graphic (`graphic="timeline"`, which lists every event) where its block opens.
 * `listed` (the frontmatter's list) decides which ids count and the order of the uncited rest.
 */
export function readingOrder(body: string, listed: readonly string[], data: CitedData): string[] {
  const order: string[] = [];
  const allowed = new Set(listed);
  const add = (ids: Iterable<string>) => {
    for (const id of ids) if (allowed.has(id) && !order.includes(id)) order.push(id);
  };
  let pending: string[] = [];
  const tag = /<(\/?)([A-Za-z]+)\b([^>]*)>/g;
  const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  for (const match of body.matchAll(tag)) {
    const [, closing, name, attributes = ''] = match;
    if (closing) {
      if (name === 'Step') {
        add(pending);
        pending = [];
      }
      continue;
    }
    if (name === 'Cite' || name === 'Quote') add(words(attribute(attributes, 'source') ?? ''));
    else if (name === 'Imagery') add(data.imagery[attribute(attributes, 'id') ?? ''] ?? []);
    else if (name === 'AircraftCompare') add(data.aircraft);
    else if (name === 'Scrolly' && attribute(attributes, 'graphic') === 'timeline') add(Object.values(data.events).flat());
    else if (name === 'Step') {
      pending = [
        ...words(attribute(attributes, 'sources') ?? ''),
        ...(data.events[attribute(attributes, 'event') ?? ''] ?? []),
        ...words(attribute(attributes, 'notes') ?? '').flatMap((id) => data.notes[id] ?? []),
      ];
      // A self-closing step has no words of its own.
      if (attributes.trimEnd().endsWith('/')) {
        add(pending);
        pending = [];
      }
    }
  }
  add(pending);
  add(listed);
  return order;
}

const readData = (file: string) => JSON.parse(readFileSync(`${contentRoot}/data/${file}`, 'utf8')) as unknown;

/** What content/data cites, for `readingOrder`. */
export function citedData(): CitedData {
  const byId = (entries: unknown, sources: (entry: Record<string, unknown>) => string[]) =>
    Object.fromEntries((entries as Record<string, unknown>[]).map((entry) => [String(entry.id), sources(entry)]));
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const aircraft = (readData('aircraft.json') as Record<string, unknown>[]).flatMap((entry) =>
    Object.values(entry).flatMap((value) => (value && typeof value === 'object' && 'source' in value ? [String((value as { source: unknown }).source)] : [])),
  );
  return {
    events: byId(readData('events.json'), (entry) => list(entry.sources)),
    notes: byId(readData('base-notes.json'), (entry) => list(entry.sources)),
    imagery: byId(readData('imagery.json'), (entry) => [String(entry.source), ...(Array.isArray(entry.aircraft) ? entry.aircraft.map((a: { source: unknown }) => String(a.source)) : [])]),
    aircraft,
  };
}

/** The MDX body of a story file (the text after its frontmatter), or undefined when it cannot be read. */
function storyBody(storyFile: string): string | undefined {
  try {
    const text = readFileSync(storyFile, 'utf8');
    return text.replace(/^---\n[\s\S]*?\n---\n/, '');
  } catch {
    return undefined;
  }
}

export function setCitationContext(astro: Pick<AstroGlobal, 'locals'>, context: CitationContext): void {
  const body = storyBody(context.storyFile);
  const sourceOrder = body === undefined ? context.sourceOrder : readingOrder(body, context.sourceOrder, citedData());
  (astro.locals as Record<symbol, CitationContext>)[key] = { ...context, sourceOrder };
}

function context(astro: Pick<AstroGlobal, 'locals'>): CitationContext {
  const found = (astro.locals as Record<symbol, CitationContext | undefined>)[key];
  if (!found) throw new Error('<Cite> was used outside a story page.');
  return found;
}

/** The 1-based number of a source in the story's list; a clear error when it is not listed. */
export function citationNumber(astro: Pick<AstroGlobal, 'locals'>, sourceId: string): number {
  const { storyFile, sourceOrder } = context(astro);
  const index = sourceOrder.indexOf(sourceId);
  if (index === -1) {
    throw new Error(
      `${storyFile}: <Cite source="${sourceId}"> names a source that is not in the story's "sources" list. ` +
        `Expected one of: ${sourceOrder.join(', ')}. Add it to "sources" in the frontmatter (and to content/data/sources.json if it is new).`,
    );
  }
  return index + 1;
}

/** The story's sources in the order they are numbered (reading order). */
export function numberedSources(astro: Pick<AstroGlobal, 'locals'>): readonly string[] {
  return context(astro).sourceOrder;
}

export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
