import type { SchemeColour } from '../../../server/schemas/colour';

/**
 * Style attributes that give an element a faction's colours (factions.json) in both schemes, read
 * by the control components' CSS as --fill-light/--fill-dark and --mark-light/--mark-dark.
 */
export function fillStyle(colour: SchemeColour | undefined): string | undefined {
  return colour ? `--fill-light: ${colour.light}; --fill-dark: ${colour.dark}` : undefined;
}

export function markStyle(colour: SchemeColour | undefined): string | undefined {
  return colour ? `--mark-light: ${colour.light}; --mark-dark: ${colour.dark}` : undefined;
}
