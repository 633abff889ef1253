import { expect, test } from '@playwright/test';
import { allStories, storySectionHeadings } from './helpers';

test.use({ javaScriptEnabled: false });

test('the story reads in full without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  for (const heading of storySectionHeadings()) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator('.sources li').first()).toBeVisible();
});

// Every story, the demo too.
for (const story of allStories()) {
  test(`without JavaScript each map step shows its own image; the timeline shows its events (${story.id})`, async ({
    page,
  }) => {
    await page.goto(story.path);
    const blocks = page.locator('story-scrolly');
    const count = await blocks.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const block = blocks.nth(i);
      const states = JSON.parse((await block.getAttribute('data-states')) ?? '[]') as {
        id: string;
        view?: string;
        imagery?: string;
        date?: { from: string };
      }[];
      const graphic = block.locator('[data-scene-graphic]');
      if (states[0]?.view) {
        // The block's map would be frozen in its first step's state: each step carries its own image
        // instead (step-images.spec.ts checks every one).
        await expect(graphic).toBeHidden();
        for (const state of states)
          await expect(block.locator(`#${state.id} .step-image img`)).toHaveAttribute(
            'src',
            new RegExp(`/${state.id}-print\\.png$`),
          );
      } else {
        await graphic.scrollIntoViewIfNeeded();
        await expect(graphic.locator('svg:visible').first()).toBeVisible();
        if (states[0]?.imagery)
          await expect(
            graphic.locator(`.apron-frame[data-imagery="${states[0].imagery}"] svg:visible`),
          ).toBeVisible();
        else await expect(graphic).toHaveAttribute('data-date', states[0]?.date?.from ?? '');
      }
    }
  });
}

test('without JavaScript the steps read as a column: no screen of empty scroll between two cards', async ({
  page,
}) => {
  await page.goto('/');
  const gaps = await page.locator('story-scrolly').evaluateAll((blocks) =>
    blocks.flatMap((block) => {
      const cards = [...block.querySelectorAll('.step-card')].map((card) =>
        card.getBoundingClientRect(),
      );
      return cards
        .slice(1)
        .map((card, i) => ({ block: block.id, gap: card.top - cards[i]!.bottom }));
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  const viewport = page.viewportSize()!.height;
  for (const { block, gap } of gaps)
    expect(gap, `${block}: space between two cards`).toBeLessThan(viewport * 0.25);
});
