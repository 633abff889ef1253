import { expect, test } from '@playwright/test';
import { blocksOf, expectTimelineState, paintedFrame, scrollToStep } from './scrolly-helpers';

/** The timeline block: scrolling drives it, and its own controls move the block's steps. */
async function timelineBlock(page: import('@playwright/test').Page) {
  await page.goto('/');
  const block = (await blocksOf(page, 'timeline')).find((candidate) =>
    candidate.states.some((state) => state.event),
  );
  if (!block) throw new Error('the story has no timeline block');
  return { block, graphic: page.locator(`#${block.id} story-timeline-scene`) };
}

test("the cursor shows each step's declared date, going down and coming back up", async ({
  page,
}) => {
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

test('Earlier and Later move to the previous and next step: card, counter and chart agree', async ({
  page,
  isMobile,
}) => {
  test.skip(
    isMobile,
    "phones step with the block's buttons (the panel's show from 700 px); the tap is tested below",
  );
  const { block, graphic } = await timelineBlock(page);
  const [first, second] = block.states;
  if (!first || !second) throw new Error('the timeline block needs two steps');
  const scrolly = page.locator(`#${block.id}`);
  await scrollToStep(page, first.id);
  await expect(scrolly).toHaveAttribute('data-active-step', first.id);
  await graphic.getByRole('button', { name: 'Later step' }).click();
  // The step the chart shows is the one whose card is read: the page scrolled to it.
  await expect(scrolly).toHaveAttribute('data-active-step', second.id, { timeout: 15_000 });
  await expectTimelineState(graphic, second);
  await expect(scrolly.locator('[data-step-counter]')).toHaveText(`2 / ${block.states.length}`);
  await expect(graphic.locator('[data-event-counter]')).toHaveText(`2 of ${block.states.length}`);
  await expect
    .poll(() =>
      page
        .locator(`#${second.id}`)
        .evaluate((step) => step.getBoundingClientRect().top < window.innerHeight * 0.6),
    )
    .toBe(true);
  await graphic.getByRole('button', { name: 'Earlier step' }).click();
  await expect(scrolly).toHaveAttribute('data-active-step', first.id, { timeout: 15_000 });
  await expectTimelineState(graphic, first);
  await expect(graphic.getByRole('button', { name: 'Earlier step' })).toBeDisabled();
});

test('the arrow keys move the steps, and the chart follows', async ({ page, isMobile }) => {
  test.skip(isMobile, 'no keyboard on the phone');
  const { block, graphic } = await timelineBlock(page);
  const [first, second] = block.states;
  if (!first || !second) throw new Error('the timeline block needs two steps');
  await scrollToStep(page, first.id);
  await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', first.id);
  await graphic.getByRole('button', { name: 'Later step' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', second.id, {
    timeout: 15_000,
  });
  await expectTimelineState(graphic, second);
});

test('a tap on the axis goes to the step nearest the tap, never to a date without its card', async ({
  page,
}) => {
  const { block, graphic } = await timelineBlock(page);
  const first = block.states[0];
  const last = block.states.at(-1);
  if (!first || !last?.event)
    throw new Error('the timeline block needs steps, the last with an event');
  await scrollToStep(page, first.id);
  await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', first.id);
  // Dispatched on the mark itself, at its centre: on a phone a step's card may lie over the axis.
  const mark = graphic.locator(`svg.timeline-svg:visible .mark[data-event="${last.event}"] circle`);
  const box = (await mark.boundingBox())!;
  await mark.dispatchEvent('click', {
    clientX: box.x + box.width / 2,
    clientY: box.y + box.height / 2,
  });
  await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', last.id, {
    timeout: 15_000,
  });
  await expectTimelineState(graphic, last);
});

test("the event panel names the step's event without repeating the card's words", async ({
  page,
}) => {
  const { block, graphic } = await timelineBlock(page);
  const first = block.states[0];
  if (!first?.event) throw new Error('no timeline step with an event');
  await scrollToStep(page, first.id);
  const item = graphic.locator(`li[data-event="${first.event}"]`);
  await expect(item).toBeVisible();
  await expect(item.locator('.event-title')).toBeVisible();
  await expect(item.locator('.event-body')).toBeHidden();
  await expect(graphic.locator('li.timeline-event:visible')).toHaveCount(1);
  // Its sources link to the source list.
  const href = await item.locator('.event-sources a').first().getAttribute('href');
  expect(href).toMatch(/^#source-/);
  await expect(page.locator(href ?? '')).toHaveCount(1);
});

test("the chart uses the space it has: the phone's screen above the card band, the desktop's pane", async ({
  page,
  isMobile,
}) => {
  const { block, graphic } = await timelineBlock(page);
  const first = block.states[0];
  if (!first) throw new Error('no timeline step');
  await scrollToStep(page, first.id);
  await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', first.id);
  await paintedFrame(page);
  const viewport = page.viewportSize()!;
  const plot = await graphic
    .locator('.timeline-plot:visible')
    .evaluate((node) => node.getBoundingClientRect().toJSON() as DOMRect);
  const scene = await graphic.evaluate((node) => node.getBoundingClientRect().toJSON() as DOMRect);
  const panel = await graphic
    .locator('li.timeline-event:visible')
    .evaluate((node) => node.getBoundingClientRect().toJSON() as DOMRect);
  if (isMobile) {
    // Everything the scene shows is above the card band (the bottom 38%), the chart nearly as wide as the screen.
    expect(panel.bottom).toBeLessThanOrEqual(viewport.height * 0.62 + 1);
    expect(plot.width).toBeGreaterThan(viewport.width * 0.85);
  } else {
    expect(plot.height).toBeGreaterThan(scene.height * 0.4);
    expect(panel.bottom).toBeLessThanOrEqual(scene.bottom);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is an ordered list of every dated event, with its sources', async ({
    page,
  }) => {
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
    const heights = await page
      .locator('story-scrolly.scrolly-timeline .scrolly-graphic')
      .evaluate((graphic) => ({
        box: graphic.getBoundingClientRect().height,
        content: graphic.scrollHeight,
      }));
    expect(heights.content).toBeGreaterThan(300);
    expect(heights.box).toBeGreaterThanOrEqual(heights.content - 1);
  });
});
