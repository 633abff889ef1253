// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let a newsroom host the story under its own domain and path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
