import AircraftCompare from './airlift/AircraftCompare.astro';
import AirliftEstimate from './airlift/AirliftEstimate.astro';
import Imagery from './airlift/Imagery.astro';
import Cite from './Cite.astro';
import Map from '../scenes/map/Map.astro';
import Quote from './Quote.astro';
import Scrolly from './scrolly/Scrolly.astro';
import Step from './scrolly/Step.astro';
import type { StoryComponentName } from '../server/mdx/remark-story-components';

/**
 * What journalists can use in a story's MDX without an import: the names the build checks
 * (src/server/mdx/remark-story-components.ts), each with its template.
 */
export const mdxComponents = {
  AircraftCompare,
  AirliftEstimate,
  Cite,
  Imagery,
  Map,
  Quote,
  Scrolly,
  Step,
} satisfies Record<StoryComponentName, unknown>;
