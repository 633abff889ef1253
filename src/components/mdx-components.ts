import Cite from './Cite.astro';
import Map from './map/Map.astro';
import Quote from './Quote.astro';

/** What journalists can use in a story's MDX without an import. */
export const mdxComponents = { Cite, Map, Quote };
