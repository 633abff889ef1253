/** Screen boxes the label layout must hold on, by their stage width in px (phone, desktop). */
export const labelTiers = [330, 700] as const;

/** The narrowest stage the label layout is checked for, in px (a view on a short phone); see placeNarrowLabels. */
export const narrowestStage = 160;

/** The widest stage the label layout is checked for, in px. */
export const maxStageWidth = 2400;
