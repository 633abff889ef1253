import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { editorListFiles } from './editor-list-files';

/**
 * The in-browser editor (Keystatic, src/editor/) is part of `astro dev` only: `astro build` never
 * adds its routes, React or its code, so the public site has no editing page at all
 * (tests/unit/editor-not-built.test.ts and tests/e2e/editor.spec.ts check both sides).
 */
export function editor(): AstroIntegration {
  return {
    name: 'story-editor',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        // Vitest runs Astro's Vite config as `dev` too; its tests need no editor.
        if (command !== 'dev' || process.env['VITEST']) return;
        updateConfig({ integrations: [react(), keystatic()] });
        logger.info('The story editor is at /keystatic/ (this dev server only).');
      },
      'astro:server:setup': ({ server }) => {
        if (process.env['VITEST']) return;
        editorListFiles(server);
      },
    },
  };
}
