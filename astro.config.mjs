// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { editor } from './src/server/integrations/editor.ts';
import { contentSecurityPolicy } from './src/server/integrations/content-security-policy.ts';
import { liveContent } from './src/server/integrations/live-content.ts';
import { remarkStoryComponents } from './src/server/mdx/remark-story-components.ts';
import { siteFiles } from './src/server/integrations/site-files.ts';
import { storySyntax } from './src/server/integrations/story-syntax.ts';

// SITE_URL and BASE_PATH let a newsroom host the story under its own domain and path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // The unified (remark) pipeline, because the story's own check runs as a remark plugin:
  // it sees each component with its file and line, which rendering cannot.
  // No syntax highlighting: stories hold no code, and Shiki's inline styles would break the CSP.
  markdown: {
    processor: unified({ remarkPlugins: [remarkStoryComponents] }),
    syntaxHighlight: false,
  },
  // story-syntax before mdx: its check reads a story's text before the MDX parser does.
  integrations: [storySyntax(), mdx(), liveContent(), siteFiles(), editor()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  security: { csp: contentSecurityPolicy },
});
