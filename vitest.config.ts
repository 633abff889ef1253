/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so that tests can import modules that use `astro:` virtual modules.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    // The editor's MDX parser and writer are in Keystatic's browser build only (its Node build
    // stubs them): the editor's round-trip test runs them as the browser does.
    alias: [
      {
        find: /^@keystatic\/core$/,
        replacement: fileURLToPath(
          new URL('node_modules/@keystatic/core/dist/keystatic-core.js', import.meta.url),
        ),
      },
      {
        find: /^@keystatic\/core\/content-components$/,
        replacement: fileURLToPath(
          new URL(
            'node_modules/@keystatic/core/dist/keystatic-core-content-components.js',
            import.meta.url,
          ),
        ),
      },
    ],
  },
});
