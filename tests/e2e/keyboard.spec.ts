import { expect, test } from '@playwright/test';

/**
 * A keyboard-only walk through the story: Tab from the top of the page to its end. Every stop
 * is named, visible on screen with a visible focus ring, and the walk ends in the footer without
 * a trap; the step controls and arrow keys move the story. (Walk-through notes: BENCHMARKS.md.)
 */
interface Stop {
  label: string;
  inViewport: boolean;
  ring: boolean;
  inFooter: boolean;
}

test('Tab reaches every control in reading order: named, on screen, with a focus ring, and out at the end', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard walk on the desktop layout (phones rarely have keyboards; the same DOM order)');
  test.setTimeout(180_000);
  await page.goto('/');
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        label: `${element.tagName.toLowerCase()} "${label.slice(0, 50)}"`,
        inViewport: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
        ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none',
        inFooter: !!element.closest('footer'),
      };
    });
    if (!stop) break;
    if (stops.length > 0 && stops[0]?.label === stop.label && i > 1) break;
    stops.push(stop);
  }
  expect(stops.length, 'Tab stops').toBeGreaterThan(5);
  expect(stops[0]?.label).toContain('Skip to the story');
  expect(stops.filter((stop) => stop.label.endsWith('""')).map((stop) => stop.label), 'stops without a name').toEqual([]);
  expect(stops.filter((stop) => !stop.inViewport).map((stop) => stop.label), 'stops off screen when focused').toEqual([]);
  expect(stops.filter((stop) => !stop.ring).map((stop) => stop.label), 'stops without a visible focus ring').toEqual([]);
  expect(stops.some((stop) => stop.inFooter), 'the walk reaches the footer (no trap)').toBe(true);
  test.info().annotations.push({ type: 'tab stops', description: `${stops.length}: ${stops.map((stop) => stop.label).join(' → ')}` });
});

test('the step controls and the arrow keys move through a scrolly block', async ({ page }) => {
  await page.goto('/');
  const block = page.locator('story-scrolly').first();
  const ids: string[] = await block.evaluate((element) => JSON.parse((element as HTMLElement).dataset['states'] ?? '[]').map((state: { id: string }) => state.id));
  await block.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await expect(block).toHaveAttribute('data-active-step', /.+/, { timeout: 15_000 });
  const reached = ids.indexOf((await block.getAttribute('data-active-step')) ?? '');
  expect(reached).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('ArrowRight');
  await expect(block).toHaveAttribute('data-active-step', ids[reached + 1] ?? '', { timeout: 15_000 });
  await expect(page.locator(`#${ids[reached + 1]}`)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(block).toHaveAttribute('data-active-step', ids[reached] ?? '', { timeout: 15_000 });
});
