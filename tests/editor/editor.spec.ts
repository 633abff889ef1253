import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The demo story: small, and a draft, so the dev server serves it but the public site does not.
const story = 'russia-libya-air-bridge';
const file = `content/stories/${story}.mdx`;
const firstStep = (text: string) => /<Step id="libya-first-flight"[^>]*>/.exec(text)?.[0] ?? '';

test("the editor changes a step's view with the picker and a paragraph, on disk and in the preview", async ({
  page,
  context,
}) => {
  const original = readFileSync(file, 'utf8');
  expect(firstStep(original)).toContain('view="khmeimim"');
  try {
    const preview = await context.newPage();
    await preview.goto(`/stories/${story}/`);
    await expect(preview.locator('#scrolly-libya-flights story-map-scene')).toHaveAttribute(
      'data-view',
      'khmeimim',
    );

    await page.goto(`/keystatic/collection/stories/item/${story}`);
    // The first "Edit" is the scrolly block's, the second its first step's.
    await page.getByRole('button', { name: 'Edit' }).nth(1).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Step' });
    await expect(dialog.getByRole('textbox', { name: /Step id/ })).toHaveValue(
      'libya-first-flight',
    );
    await dialog.getByRole('button', { name: /Map view/ }).click();
    // The open list re-renders as it positions itself: pick by typing, as a keyboard user does.
    await page.getByRole('listbox').waitFor();
    await page.keyboard.type('From Khmeimim');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: /Map view/ })).toContainText(
      '(east-med-libya)',
    );
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The story's last paragraph: Ctrl+End puts the cursor at its end (End alone ends a wrapped line).
    await page.getByText('We found no source saying what the aircraft carried').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Checked in the editor.');
    await page.getByRole('button', { name: 'Save' }).click();

    // On disk: the step's other props as they were, only its view changed; the paragraph's new words.
    await expect
      .poll(() => firstStep(readFileSync(file, 'utf8')), { timeout: 20_000 })
      .toBe(firstStep(original).replace('view="khmeimim"', 'view="east-med-libya"'));
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain(
      'which way they flew, so the map draws no route. Checked in the editor.',
    );
    expect(
      saved
        .replace(' Checked in the editor.', '')
        .replace(
          'view="east-med-libya" highlight="khmeimim_ab"',
          'view="khmeimim" highlight="khmeimim_ab"',
        ),
    ).toBe(original);

    // The open preview reloads by itself with both changes.
    await expect(preview.getByText('Checked in the editor.')).toBeVisible({ timeout: 30_000 });
    await expect(preview.locator('#scrolly-libya-flights story-map-scene')).toHaveAttribute(
      'data-view',
      'east-med-libya',
    );
  } finally {
    writeFileSync(file, original);
  }
});
