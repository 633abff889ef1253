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
