import { z } from 'astro/zod';
import { mapLayers } from '../../scenes/map/place-layers';
import { schemeColour } from './colour';
import { expecting, expectingOneOf } from './expecting';

/** The shapes the map can draw for a place: filled circle, hollow circle, square, triangle. */
export const placeSymbols = ['dot', 'ring', 'square', 'triangle'] as const;
/** How a kind's labels read: lighter, as most places, or bold and larger in every view. */
export const labelStyles = ['regular', 'standard', 'prominent'] as const;
const placeLayers = mapLayers.filter((layer) => layer !== 'governorates');

/**
 * A kind of place (`content/data/place-kinds.json`): its symbol, its line in the map's key and the
 * layer a step can show or hide. The file's order is the key's order; kinds with the same `legend`
 * share one line of the key.
 */
export const placeKindSchema = z.object({
  /** What the map's key says, e.g. "Hospital"; kinds that share a line use the same words. */
  legend: z
    .string(expecting('a key entry of 3 to 40 characters'))
    .min(3, expecting('a key entry of 3 to 40 characters'))
    .max(40, expecting('a key entry of 3 to 40 characters')),
  /** The symbol's shape; shapes tell kinds apart before colours do (colour blindness, print). */
  symbol: z.enum(placeSymbols, expectingOneOf('a symbol', placeSymbols)),
  /** The symbol's radius in px, 1.5 to 8 (a city's dot is 3.5). */
  size: z
    .number(expecting('a radius in px between 1.5 and 8, e.g. 3.5'))
    .min(1.5, expecting('a radius in px between 1.5 and 8, e.g. 3.5'))
    .max(8, expecting('a radius in px between 1.5 and 8, e.g. 3.5')),
  /** The symbol's fill in each scheme; left out, the map's ink colour. */
  colour: schemeColour.optional(),
  /** The layer a step's `layers` shows or hides these places with. */
  layer: z.enum(placeLayers as [string, ...string[]], expectingOneOf('a layer', placeLayers)),
  /** "regular" (lighter), "standard", or "prominent" (bold and larger in every view). */
  labelStyle: z.enum(labelStyles, expectingOneOf('a label style', labelStyles)).default('standard'),
  /** Among places of the same label priority, lower ranks (0 to 9) claim room for their labels first. */
  labelRank: z
    .number(expecting('a whole number from 0 to 9'))
    .int(expecting('a whole number from 0 to 9'))
    .min(0, expecting('a whole number from 0 to 9'))
    .max(9, expecting('a whole number from 0 to 9')),
  /** A sentence the map's text alternative starts its list of these places with; left out, none. */
  describe: z
    .string(expecting('a sentence such as "Hospitals are marked with blue crosses"'))
    .min(10, expecting('a sentence such as "Hospitals are marked with blue crosses"'))
    .optional(),
});

export type PlaceKind = z.infer<typeof placeKindSchema>;
