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
