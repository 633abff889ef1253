import { expect, test } from '@playwright/test';
import { expectTimelineState, scrollToStep, scrollyBlocks } from './scrolly-helpers';

/** The timeline block: its cursor follows the steps, and readers can browse its events. */
async function timelineBlock(page: import('@playwright/test').Page) {
  await page.goto('/');
  const block = (await scrollyBlocks(page)).find((candidate) => candidate.states.some((state) => state.event));
  if (!block) throw new Error('the story has no timeline block');
  return { block, graphic: page.locator(`#${block.id} story-timeline-scene`) };
}

test('the cursor shows each step\'s declared date, going down and coming back up', async ({ page }) => {
  const { block, graphic } = await timelineBlock(page);
  // Every step, twice, waiting for the cursor to settle: the time grows with the block's steps.
  test.setTimeout(60_000 + block.states.length * 2 * 9_000);
  for (const state of [...block.states, ...[...block.states].reverse()]) {
    await scrollToStep(page, state.id);
    await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', state.id);
    await expectTimelineState(graphic, state);
  }
});

test('the day count reads against the twelve days of the offensive', async ({ page }) => {
  const { block, graphic } = await timelineBlock(page);
  const first = block.states[0];
  if (!first) throw new Error('no timeline step');
  await scrollToStep(page, first.id);
  await expect(graphic.locator('[data-day-count]')).toHaveText('1 day after the 12-day offensive');
});

test('a keyboard reader steps through the events with the arrow keys and the buttons', async ({ page }) => {
  const { block, graphic } = await timelineBlock(page);
  const first = block.states[0];
  if (!first?.event) throw new Error('no timeline step with an event');
  await scrollToStep(page, first.id);
  await expect(graphic).toHaveAttribute('data-event', first.event);
  const ids = await graphic.locator('li[data-event]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event') ?? ''));
  const at = ids.indexOf(first.event);
  const later = graphic.getByRole('button', { name: 'Later ›' });
  await later.focus();
  await page.keyboard.press('ArrowRight');
  await expect(graphic).toHaveAttribute('data-event', ids[at + 1] ?? '');
  await expect(graphic.locator(`li[data-event="${ids[at + 1]}"]`)).toBeVisible();
  await expect(graphic.locator(`li[data-event="${first.event}"]`)).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(graphic).toHaveAttribute('data-event', ids[at - 1] ?? '');
  await page.keyboard.press('Enter');
  await expect(graphic).toHaveAttribute('data-event', ids[at] ?? '');
  // Browsing the events leaves the reader in the same step of the story.
  await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', first.id);
  // The event's date moves the cursor, and its sources link to the source list.
  const event = graphic.locator(`li[data-event="${ids[at]}"]`);
  await expect(graphic).toHaveAttribute('data-date', (await event.getAttribute('data-date')) ?? '');
  const href = await event.locator('.event-sources a').first().getAttribute('href');
  expect(href).toMatch(/^#source-/);
  await expect(page.locator(href ?? '')).toHaveCount(1);
});

test('a tap on the axis picks the nearest event', async ({ page }) => {
  const { block, graphic } = await timelineBlock(page);
  const last = block.states.at(-1);
  if (!last) throw new Error('no timeline step');
  await scrollToStep(page, last.id);
  const mark = graphic.locator('svg.timeline-svg:visible .mark').first();
  const id = await mark.getAttribute('data-event');
  await mark.locator('circle').click({ force: true });
  await expect(graphic).toHaveAttribute('data-event', id ?? '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is an ordered list of every dated event, with its sources', async ({ page }) => {
    await page.goto('/');
    const items = page.locator('story-timeline-scene ol.timeline-list > li');
    const count = await items.count();
    expect(count).toBeGreaterThan(20);
    // Read in one pass: three dozen events, locator by locator, outlast the test on a busy machine.
    const listed = await items.evaluateAll((nodes) =>
      nodes.map((node) => ({
        datetime: node.querySelector('time')?.getAttribute('datetime') ?? '',
        source: node.querySelector('.event-sources a')?.getAttribute('href') ?? '',
      })),
    );
    for (const item of listed) {
      expect(item.datetime).toMatch(/^\d{4}-\d\d-\d\d/);
      expect(item.source).toMatch(/^#source-/);
    }
    await items.last().scrollIntoViewIfNeeded();
    await expect(items.first()).toBeVisible();
    await expect(items.last()).toBeVisible();
    // Not clipped: the graphic holding the list is as tall as the list (a contained box of
    // height 0 would hide it while every item still counted as "visible").
    const heights = await page.locator('story-scrolly.scrolly-timeline .scrolly-graphic').evaluate((graphic) => ({
      box: graphic.getBoundingClientRect().height,
      content: graphic.scrollHeight,
    }));
    expect(heights.content).toBeGreaterThan(300);
    expect(heights.box).toBeGreaterThanOrEqual(heights.content - 1);
  });
});
