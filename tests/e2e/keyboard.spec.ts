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
}

test('Tab reaches every control in reading order: named, on screen, with a focus ring, and out at the end', async ({
  page,
  isMobile,
}) => {
  test.skip(
    isMobile,
    'keyboard walk on the desktop layout (phones rarely have keyboards; the same DOM order)',
  );
  // About 120 stops, each read back from the page: a long walk on a loaded machine.
  test.setTimeout(300_000);
  await page.goto('/');
  const stops: Stop[] = [];
  let leftThePage = false;
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // The accessible name as a screen reader finds it: aria-label, aria-labelledby, a <label>, the text.
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      const labels =
        'labels' in element
          ? [...((element as HTMLInputElement).labels ?? [])]
              .map((label) => label.textContent)
              .join(' ')
          : '';
      const label = (
        element.getAttribute('aria-label') ||
        labelledBy.trim() ||
        labels.trim() ||
        element.textContent ||
        ''
      )
        .replace(/\s+/g, ' ')
        .trim();
      return {
        label: `${element.tagName.toLowerCase()} "${label.slice(0, 50)}"`,
        inViewport:
          box.bottom > 0 &&
          box.top < window.innerHeight &&
          box.right > 0 &&
          box.left < window.innerWidth,
        ring:
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) ||
          style.boxShadow !== 'none',
      };
    });
    if (!stop) {
      leftThePage = true;
      break;
    }
    stops.push(stop);
  }
  expect(stops.length, 'Tab stops').toBeGreaterThan(5);
  expect(stops[0]?.label).toContain('Skip to the story');
  expect(
    stops.filter((stop) => stop.label.endsWith('""')).map((stop) => stop.label),
    'stops without a name',
  ).toEqual([]);
  expect(
    stops.filter((stop) => !stop.inViewport).map((stop) => stop.label),
    'stops off screen when focused',
  ).toEqual([]);
  expect(
    stops.filter((stop) => !stop.ring).map((stop) => stop.label),
    'stops without a visible focus ring',
  ).toEqual([]);
  // No trap: after the page's last control, Tab leaves the page.
  const lastControl = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ].filter(
      (element) =>
        element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
    );
    const element = controls.at(-1);
    const label = (element?.getAttribute('aria-label') ?? element?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return `${element?.tagName.toLowerCase()} "${label.slice(0, 50)}"`;
  });
  expect(leftThePage, 'Tab left the page after its last control').toBe(true);
  expect(stops.at(-1)?.label).toBe(lastControl);
  test.info().annotations.push({
    type: 'tab stops',
    description: `${stops.length}: ${stops.map((stop) => stop.label).join(' → ')}`,
  });
});

test('the step controls and the arrow keys move through a scrolly block', async ({ page }) => {
  await page.goto('/');
  const block = page.locator('story-scrolly').first();
  const ids: string[] = await block.evaluate((element) =>
    JSON.parse((element as HTMLElement).dataset['states'] ?? '[]').map(
      (state: { id: string }) => state.id,
    ),
  );
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  await block.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  // The control scrolls to a step and focuses it; the block shows that step once the scroll ends.
  await expect.poll(focusedId).toMatch(/.+/);
  const target = await focusedId();
  expect(ids).toContain(target);
  await expect(block).toHaveAttribute('data-active-step', target, { timeout: 15_000 });
  const next = ids[ids.indexOf(target) + 1] ?? '';
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedId).toBe(next);
  await expect(block).toHaveAttribute('data-active-step', next, { timeout: 15_000 });
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focusedId).toBe(target);
  await expect(block).toHaveAttribute('data-active-step', target, { timeout: 15_000 });
});
