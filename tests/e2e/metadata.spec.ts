import { expect, test } from '@playwright/test';

test.describe('page metadata', () => {
  test('has language, title, description, canonical URL, social tags and a favicon', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const title = await page.title();
    expect(title.length).toBeGreaterThan(10);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
    for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type']) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /\S/);
    }
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await request.get(favicon ?? '/missing')).status()).toBe(200);
    const card = new URL(
      (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '',
    );
    const cardResponse = await request.get(card.pathname);
    expect(cardResponse.status()).toBe(200);
    expect(cardResponse.headers()['content-type']).toContain('image/png');
  });

  test('describes itself as a NewsArticle in structured data', async ({ page }) => {
    await page.goto('/');
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(data['@type']).toBe('NewsArticle');
    expect(data['headline']).toBe(await page.locator('h1').textContent());
    expect(String(data['datePublished'])).toMatch(/^\d{4}-\d\d-\d\dT.*(Z|[+-]\d\d:\d\d)$/);
    expect(String(data['dateModified'])).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test('has landmarks, a working skip link and dated updates', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the story' });
    await expect(skip).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Updates' })).toHaveCount(1);
    await expect(page.locator('.updates li time').first()).toHaveAttribute('datetime', /^\d{4}-/);
  });

  test('prints as a clean article', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.skip-link')).toBeHidden();
    const color = await page.locator('body').evaluate((body) => getComputedStyle(body).color);
    expect(color).toBe('rgb(0, 0, 0)');
  });
});
