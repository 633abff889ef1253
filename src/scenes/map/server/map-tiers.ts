import type { LabelTiers } from '../../../shared/geo/label-tiers';

/**
 * Stage widths (px) the labels are laid out for. Wide: a phone's full width, then a desktop's.
 * Narrow: a view framed above a phone's card or in a small embed, one layout from each width to
 * the next, so a short phone's 300 px stage is not laid out as if it were 160.
 */
export const labelTiers: LabelTiers = { narrow: [160, 200, 250, 290], wide: [330, 700] };

/** The widest stage the label layout is checked for, in px. */
export const maxStageWidth = 2400;
