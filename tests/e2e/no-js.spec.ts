import { expect, test } from '@playwright/test';
import { storySectionHeadings } from './helpers';

test.use({ javaScriptEnabled: false });

test('the story reads in full without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  for (const heading of storySectionHeadings()) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator('.sources li').first()).toBeVisible();
});

test('without JavaScript every scrolly graphic is visible in its first step\'s state', async ({ page }) => {
  await page.goto('/');
  const blocks = page.locator('story-scrolly');
  const count = await blocks.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const block = blocks.nth(i);
    const states = JSON.parse((await block.getAttribute('data-states')) ?? '[]') as { view?: string; imagery?: string; date?: { from: string } }[];
    const graphic = block.locator('[data-scene-graphic]');
    await graphic.scrollIntoViewIfNeeded();
    await expect(graphic.locator('svg:visible').first()).toBeVisible();
    if (states[0]?.view) await expect(graphic).toHaveAttribute('data-view', states[0].view);
    else if (states[0]?.imagery) await expect(graphic.locator(`.apron-frame[data-imagery="${states[0].imagery}"] svg:visible`)).toBeVisible();
    else await expect(graphic).toHaveAttribute('data-date', states[0]?.date?.from ?? '');
  }
});
