import { publishedStories, type StoryEntry } from './content/stories';
import { indexStory, type StoryBlock } from './content/story-index';

export interface GalleryStory {
  story: StoryEntry;
  /** Where the story is read: the home story at the site's root, the others under /stories/. */
  href: string;
  blocks: StoryBlock[];
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Every built story with its scrolly blocks and steps, for the scene gallery. */
export async function galleryStories(): Promise<GalleryStory[]> {
  const stories = (await publishedStories()).sort(
    (a, b) => Number(b.data.home) - Number(a.data.home),
  );
  return stories.map((story) => ({
    story,
    href: story.data.home ? `${base}/` : `${base}/stories/${story.id}/`,
    blocks: indexStory(story).blocks,
  }));
}

/** The page that shows one step's graphic alone, filling its window: what the gallery frames. */
export const frameHref = (storyId: string, stepId: string) =>
  `${base}/gallery/${storyId}/${stepId}/`;
