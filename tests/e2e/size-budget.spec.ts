import { expect, test } from '@playwright/test';
import { sizeBudgetsKb, type SizeBudget } from '../../src/server/budgets/budgets';
import { pageBytes } from '../../src/server/budgets/page-bytes';
import { distDir, readerPages } from './built-site';

// Reads the build the web server just made (no second build). Sizes do not depend on the
// viewport, so one project checks them.
test.skip(({ isMobile }) => isMobile, 'sizes are the same at every size; checked once, on desktop');

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

test('every reader-facing page stays within the size budgets (gzip)', () => {
  const over: string[] = [];
  for (const page of readerPages()) {
    const bytes = pageBytes(distDir, page.file);
    const measured: Record<SizeBudget, number> = {
      js: bytes.js.gzip,
      css: bytes.css.gzip,
      firstView: bytes.firstView.gzip,
    };
    for (const [budget, limit] of Object.entries(sizeBudgetsKb) as [SizeBudget, number][]) {
      const excess = measured[budget] - limit * 1024;
      if (excess > 0) {
        const largest = bytes.files
          .filter((file) => (budget === 'firstView' ? file.atLoad : file.type === budget))
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 3)
          .map((file) => `${file.file} ${kb(file.gzip)} KB`);
        over.push(
          `${page.path}: ${budget} is ${kb(measured[budget])} KB gzip, ${kb(excess)} KB over the ${limit} KB budget (largest: ${largest.join(', ')})`,
        );
      }
    }
  }
  expect(over, 'budgets in src/server/budgets/budgets.ts (from DESIGN.md)').toEqual([]);
});

test("the byte count sees the page's scripts and styles (a count of nothing would pass any budget)", () => {
  const [home] = readerPages().filter((page) => page.path === '/');
  expect(home, 'the story at /').toBeDefined();
  const bytes = pageBytes(distDir, home!.file);
  expect(bytes.files.filter((file) => file.type === 'js').length).toBeGreaterThan(0);
  expect(bytes.js.gzip).toBeGreaterThan(1024);
  expect(bytes.css.gzip).toBeGreaterThan(1024);
  expect(bytes.firstView.gzip).toBeGreaterThan(bytes.html.gzip);
});
