import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The colour tokens of one scheme, read from the stylesheet the site ships. */
function tokens(scheme: 'light' | 'dark'): Map<string, string> {
  const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const dark = css.indexOf('@media (prefers-color-scheme: dark)');
  const block = scheme === 'dark' ? css.slice(dark) : css.slice(0, dark);
  return new Map(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((match) => [
      match[1] ?? '',
      match[2] ?? '',
    ]),
  );
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

describe('map colours', () => {
  // The light map tells sea from land by hue (pale blue, paper) and its coast line; the dark one,
  // where hues go dim, by lightness.
  it('dark: the sea stands 3:1 apart from the land and the focus country', () => {
    const colour = tokens('dark');
    const sea = colour.get('--map-sea') ?? '';
    expect(sea).toMatch(/^#/);
    expect(contrast(colour.get('--map-land') ?? sea, sea)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour.get('--map-focus') ?? sea, sea)).toBeGreaterThanOrEqual(3);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: labels read on land and on the focus country`, () => {
      const colour = tokens(scheme);
      for (const ground of ['--map-land', '--map-focus'])
        expect(
          contrast(colour.get('--map-label') ?? '', colour.get(ground) ?? ''),
        ).toBeGreaterThanOrEqual(4.5);
    });
  }
});
