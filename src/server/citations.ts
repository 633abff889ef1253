import type { AstroGlobal } from 'astro';
import { readData } from './content/data-files';

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
const tag = /<(\/?)([A-Za-z]+)\b([^>]*)>/g;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * The order in which a reader meets the story's sources, read from its MDX body. The text's
 * citations set it: <Cite> and <Quote> where they stand, and the figures set in the text
 * (<Imagery>, <AircraftCompare>) where they stand, so that the numbers in the text run 1, 2, 3 ...
 * A source that only a graphic cites (a step's `sources`, `event` or `notes`, counted at the end of
 * the step, after its words; a timeline block, which lists every event, where it opens) is
 * numbered where that graphic first cites it. `listed` (the frontmatter's list) decides which ids
 * count, and the order of those never cited at all, which come last.
 */
export function readingOrder(body: string, listed: readonly string[], data: CitedData): string[] {
  const order: string[] = [];
  const allowed = new Set(listed);
  const inText = new Set<string>();
  const add = (ids: Iterable<string>, fromText = true) => {
    for (const id of ids)
      if (allowed.has(id) && !order.includes(id) && (fromText || !inText.has(id))) order.push(id);
  };
  const textIds = (name: string, attributes: string): string[] => {
    if (name === 'Cite' || name === 'Quote') return words(attribute(attributes, 'source') ?? '');
    if (name === 'Imagery') return [...(data.imagery[attribute(attributes, 'id') ?? ''] ?? [])];
    if (name === 'AircraftCompare') return [...data.aircraft];
    return [];
  };
  let pending: string[] = [];
  for (const match of body.matchAll(tag)) {
    const [, closing, name = '', attributes = ''] = match;
    if (!closing) for (const id of textIds(name, attributes)) inText.add(id);
  }
  for (const match of body.matchAll(tag)) {
    const [, closing, name = '', attributes = ''] = match;
    if (closing) {
      if (name === 'Step') {
        add(pending, false);
        pending = [];
      }
      continue;
    }
    if (name === 'Scrolly' && attribute(attributes, 'graphic') === 'timeline')
      add(Object.values(data.events).flat(), false);
    else if (name === 'Step') {
      pending = [
        ...words(attribute(attributes, 'sources') ?? ''),
        ...(data.events[attribute(attributes, 'event') ?? ''] ?? []),
        ...words(attribute(attributes, 'notes') ?? '').flatMap((id) => data.notes[id] ?? []),
      ];
      // A self-closing step has no words of its own.
      if (attributes.trimEnd().endsWith('/')) {
        add(pending, false);
        pending = [];
      }
    } else add(textIds(name, attributes));
  }
  add(pending, false);
  add(listed);
  return order;
}

/** What content/data cites, for `readingOrder`. */
export function citedData(): CitedData {
  const byId = (entries: unknown, sources: (entry: Record<string, unknown>) => string[]) =>
    Object.fromEntries(
      (entries as Record<string, unknown>[]).map((entry) => [String(entry.id), sources(entry)]),
    );
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const aircraft = (readData('aircraft') as Record<string, unknown>[]).flatMap((entry) =>
    Object.values(entry).flatMap((value) =>
      value && typeof value === 'object' && 'source' in value
        ? [String((value as { source: unknown }).source)]
        : [],
    ),
  );
  return {
    events: byId(readData('events'), (entry) => list(entry.sources)),
    notes: byId(readData('base-notes'), (entry) => list(entry.sources)),
    imagery: byId(readData('imagery'), (entry) => [
      String(entry.source),
      ...(Array.isArray(entry.aircraft)
        ? entry.aircraft.map((a: { source: unknown }) => String(a.source))
        : []),
    ]),
    aircraft,
  };
}

/** Numbers the sources of the story being rendered; `body` is its MDX (the entry's `body`). */
export function setCitationContext(
  astro: Pick<AstroGlobal, 'locals'>,
  { body, ...context }: CitationContext & { body: string | undefined },
): void {
  const sourceOrder =
    body === undefined ? context.sourceOrder : readingOrder(body, context.sourceOrder, citedData());
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

/** The file of the story being rendered (content/stories/<id>.mdx), or undefined outside a story. */
export function currentStoryFile(astro: Pick<AstroGlobal, 'locals'>): string | undefined {
  return (astro.locals as Record<symbol, CitationContext | undefined>)[key]?.storyFile;
}

export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
