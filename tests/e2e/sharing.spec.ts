import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, sitePages } from './built-site';
import { newsArticleSchema } from './news-article';

// What search engines and social sites read: the same at every viewport, so checked once.
test.skip(({ isMobile }) => isMobile, 'read by crawlers, not a viewport; checked once, on desktop');

test("the story's NewsArticle structured data is valid against the schema", async ({ page }) => {
  await page.goto('/');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const parsed = newsArticleSchema.safeParse(JSON.parse(json ?? 'null'));
  expect(
    parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  ).toEqual([]);
  if (!parsed.success) return;
  expect(parsed.data.headline).toBe((await page.locator('h1').textContent())?.trim());
  expect(parsed.data.mainEntityOfPage).toBe(
    await page.locator('link[rel="canonical"]').getAttribute('href'),
  );
  expect(parsed.data.image).toContain(
    await page.locator('meta[property="og:image"]').getAttribute('content'),
  );
});

test('the schema rejects what Google would reject (it is not a schema that passes anything)', () => {
  const valid = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'A headline',
    description: 'A description',
    datePublished: '2024-12-08T12:00:00Z',
    dateModified: '2024-12-09T12:00:00+02:00',
    author: [{ '@type': 'Organization', name: 'A desk' }],
    image: ['https://example.org/card.png'],
    mainEntityOfPage: 'https://example.org/',
    isAccessibleForFree: true,
  };
  expect(newsArticleSchema.safeParse(valid).success).toBe(true);
  for (const broken of [
    { ...valid, datePublished: '2024-12-08' },
    { ...valid, dateModified: '2024-12-01T00:00:00Z' },
    { ...valid, image: ['/card.png'] },
    { ...valid, author: [] },
    { ...valid, headline: 'x'.repeat(111) },
    { ...valid, datepublished: valid.datePublished },
  ]) {
    expect(newsArticleSchema.safeParse(broken).success, JSON.stringify(broken)).toBe(false);
  }
});

test('the social card is a 1200x630 PNG drawn at build, named by the Open Graph and Twitter tags', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const og = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  const response = await request.get(new URL(og).pathname);
  expect(response.status()).toBe(200);
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // Drawn, not blank: a map and a headline compress far worse than a flat colour.
  expect(png.length).toBeGreaterThan(15_000);
});

test('the sitemap lists every indexable page, and no noindex page; robots.txt points to it', async ({
  request,
}) => {
  const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  const pages = sitePages();
  expect(locs.sort()).toEqual(
    pages
      .filter((page) => !page.noindex)
      .map((page) => page.path)
      .sort(),
  );
  expect(
    pages.filter((page) => page.noindex).length,
    'the proof page at least is noindex',
  ).toBeGreaterThan(0);
  const canonical = await (await request.get('/')).text();
  const site = canonical.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
  for (const loc of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g))
    expect(loc[1]?.startsWith(new URL(site).origin)).toBe(true);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  expect((await request.get('/sitemap.xml')).status()).toBe(200);
});
