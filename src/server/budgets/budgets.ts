/**
 * The size budgets of ../shared/DESIGN.md ("Figures it must reach"), in gzip kilobytes
 * (1 KB = 1024 bytes). Enforced by tests/e2e/size-budget.spec.ts on every build the tests make,
 * and reported by `npm run bench`.
 */
export const sizeBudgetsKb = {
  /** Every script the page runs, loaded at once or later. */
  js: 30,
  /** Every style sheet, inline or linked. */
  css: 15,
  /** What the first view transfers: HTML (with inline SVG and CSS), CSS, JS, fonts, images. */
  firstView: 250,
} as const;

export type SizeBudget = keyof typeof sizeBudgetsKb;

/** The timed figures of DESIGN.md: measured by `npm run bench` (never in a timed test). */
export const benchTargets = {
  lighthouseMobile: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 },
  /** Lighthouse mobile. */
  lcpMs: 1500,
  tbtMs: 50,
  /** During load (Lighthouse) and during the whole scroll (scroll benchmark). */
  cls: 0.01,
  /**
   * Scrolling the whole story, as differences from its floor (the same page without its scripts)
   * in the same alternating run: frames lost (time-weighted) at most the floor's plus these
   * points; at CPU 1x no frame longer than `longestFrameMs`; at CPU 4x no long task.
   */
  scroll: {
    cpu1xExtraLostPoints: 3,
    cpu4xExtraLostPoints: 8,
    longestFrameMs: 100,
    longestTaskMs: 50,
  },
  coldBuildSeconds: 30,
} as const;
