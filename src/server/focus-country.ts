import type { AstroGlobal } from 'astro';
import { currentStoryFile } from './citations';
import { homeStory, storyByFile } from './content/stories';

type Page = Pick<AstroGlobal, 'locals'>;

const pageStory = async (astro: Page) =>
  (await storyByFile(currentStoryFile(astro))) ?? (await homeStory());

/** The country a page's maps emphasise: its story's `focusCountry`, or the home story's on pages of no story. */
export async function pageFocusCountry(astro: Page): Promise<string> {
  return (await pageStory(astro)).data.focusCountry;
}

/** The period a page's day counts count (its story's `dayCountOf`), or undefined: no day count. */
export async function pageDayCountOf(astro: Page): Promise<string | undefined> {
  return (await pageStory(astro)).data.dayCountOf;
}
