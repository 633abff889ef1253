import { getCollection, type CollectionEntry } from 'astro:content';

export type StoryEntry = CollectionEntry<'stories'>;

/** Stories that are built: drafts only in `astro dev`, or when SHOW_DRAFTS=1 (tests, previews). */
export async function publishedStories(): Promise<StoryEntry[]> {
  const showDrafts = import.meta.env.DEV || process.env.SHOW_DRAFTS === '1';
  return getCollection('stories', (story) => showDrafts || !story.data.draft);
}

/** The story served at `/`: the one marked `home: true`. */
export async function homeStory(): Promise<StoryEntry> {
  const homes = (await publishedStories()).filter((story) => story.data.home);
  const [home, ...others] = homes;
  if (!home || others.length > 0) {
    const ids = homes.map((story) => story.id).join(', ') || 'none';
    throw new Error(
      `content/stories: exactly one published story must have "home: true" in its frontmatter; found ${homes.length} (${ids}).`,
    );
  }
  return home;
}

/** The story whose file is `storyFile` (as the pages pass it to the citation context), if any. */
export async function storyByFile(storyFile: string | undefined): Promise<StoryEntry | undefined> {
  if (!storyFile) return undefined;
  return (await getCollection('stories')).find(
    (story) => (story.filePath ?? story.id) === storyFile,
  );
}
