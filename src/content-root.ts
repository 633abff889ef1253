/**
 * Where the content lives. Tests point STORY_CONTENT_DIR at a fixture copy to prove that bad
 * content fails the build; editors never set it.
 */
export const contentRoot = (process.env.STORY_CONTENT_DIR ?? './content').replace(/\/$/, '');
