import type { AstroGlobal } from 'astro';
import { currentStoryFile } from './citations';
import { homeStory, storyByFile } from './content/stories';

/** The country a page's maps emphasise: its story's `focusCountry`, or the home story's on pages of no story. */
export async function pageFocusCountry(astro: Pick<AstroGlobal, 'locals'>): Promise<string> {
  const story = (await storyByFile(currentStoryFile(astro))) ?? (await homeStory());
  return story.data.focusCountry;
}
