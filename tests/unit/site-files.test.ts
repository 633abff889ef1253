import { describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../src/server/site-files/built-pages';
import { headersFile } from '../../src/server/site-files/headers';
import { robotsTxt, sitemapXml } from '../../src/server/site-files/sitemap';
import { cardSvg, wrap } from '../../src/server/social-card/compose';
import { darkTokens, token } from '../../src/server/social-card/design-tokens';

const page = (path: string, extra: Partial<BuiltPage> = {}): BuiltPage => ({
  path,
  file: `/dist${path}index.html`,
  noindex: false,
  embed: false,
  ...extra,
});
const pages = [
  page('/', { modified: '2024-12-16T10:00:00Z' }),
  page('/gallery/', { noindex: true }),
  page('/embed/', { noindex: true, embed: true }),
  page('/embed/advance/', { noindex: true, embed: true }),
];

describe('sitemap and robots.txt', () => {
  it('lists indexable pages under the site and base path, with their last change', () => {
    const xml = sitemapXml(pages, new URL('https://news.example/graphics/syria/'));
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://news.example/graphics/syria/',
    ]);
    expect(xml).toContain('<lastmod>2024-12-16T10:00:00Z</lastmod>');
    expect(robotsTxt(new URL('https://news.example/graphics/syria/'))).toContain(
      'Sitemap: https://news.example/graphics/syria/sitemap.xml',
    );
  });
});

describe('_headers', () => {
  const rules = (text: string) =>
    Object.fromEntries(
      text
        .split('\n\n')
        .filter((rule) => !rule.startsWith('#'))
        .map((rule) => [rule.split('\n')[0], rule]),
    );

  it('frames story pages from the site only and embeds from anywhere, each by its own rule', () => {
    const byPath = rules(headersFile(pages, '/'));
    expect(byPath['/']).toContain("frame-ancestors 'self'");
    expect(byPath['/']).toContain('X-Frame-Options: SAMEORIGIN');
    expect(byPath['/embed/advance/']).toContain('frame-ancestors *');
    expect(byPath['/embed/advance/']).not.toContain('X-Frame-Options');
    expect(byPath['/*']).not.toContain('frame-ancestors');
    expect(byPath['/*']).toContain('X-Content-Type-Options: nosniff');
  });

  it('puts every path under the base path', () => {
    const paths = Object.keys(rules(headersFile(pages, '/graphics/syria')));
    expect(paths.every((path) => path?.startsWith('/graphics/syria/'))).toBe(true);
    expect(paths).toContain('/graphics/syria/embed/advance/');
  });
});

describe('social card', () => {
  const css =
    ':root { --a: #111; --b: #222; } @media (prefers-color-scheme: dark) { :root { --a: #eee; } }';

  it('takes dark colours where the dark theme sets them, light ones otherwise', () => {
    expect(darkTokens(css)).toEqual({ a: '#eee', b: '#222' });
    expect(() => token(darkTokens(css), 'map-sea')).toThrow(/--map-sea/);
  });

  it('breaks a headline into lines that fit the width', () => {
    const lines = wrap(
      'Assad fled to Moscow. Russia’s troops in Syria were left exposed',
      46,
      470,
      0.62,
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(
      'Assad fled to Moscow. Russia’s troops in Syria were left exposed',
    );
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(470 / (46 * 0.62)));
  });

  it('draws a 1200x630 SVG with the map and escapes the text', () => {
    const names = [
      'map-sea',
      'map-land',
      'map-coast',
      'map-focus',
      'map-border',
      'map-focus-outline',
      'map-city',
      'map-label',
      'map-halo',
      'color-bg',
      'color-accent',
      'color-text',
      'color-muted',
    ];
    const svg = cardSvg({
      headline: 'Tom & Jerry <b>',
      dek: 'A dek',
      geometry: { land: 'M0 0L10 0L10 10Z', focus: 'M2 2L4 2L4 4Z', borders: 'M0 5L10 5' },
      rect: { x: 0, y: 0, width: 10, height: 10 },
      places: [{ label: 'Khmeimim', point: [3, 3], square: true, fill: '#ff8a80' }],
      tokens: Object.fromEntries(names.map((name) => [name, '#123456'])),
    });
    expect(svg).toMatch(/^<svg[^>]*width="1200" height="630"/);
    expect(svg).toContain('Tom &amp; Jerry &lt;b&gt;');
    expect(svg).toContain('d="M2 2L4 2L4 4Z"');
    expect(svg).toContain('Khmeimim');
  });
});
