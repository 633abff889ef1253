/** Where the content lives, relative to the project root (the folder Astro runs in). */
export const contentRoot = './content';
