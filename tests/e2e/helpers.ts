import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The home story's MDX source, to derive expectations from content rather than repeat it. */
export function homeStorySource(): string {
  return readFileSync(new URL('../../content/stories/russia-syria-exit.mdx', import.meta.url), 'utf8');
}

/** The `## ` section headings of the home story, in order, with the curly apostrophes the build sets. */
export function storySectionHeadings(): string[] {
  return [...homeStorySource().matchAll(/^## (.+)$/gm)].map((match) => (match[1] ?? '').trim().replace(/'/g, '\u2019'));
}

/**
 * Records console errors, page errors and any request to another origin while a test runs.
 * Call before navigating; read the arrays at the end.
 */
export function watchPage(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}
