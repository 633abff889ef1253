import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';

/** The home story's MDX source, to derive expectations from content rather than repeat it. */
export function homeStorySource(): string {
  return readFileSync(
    new URL('../../content/stories/russia-syria-exit.mdx', import.meta.url),
    'utf8',
  );
}

/** The `## ` section headings of the home story, in order, with the curly apostrophes the build sets. */
export function storySectionHeadings(): string[] {
  return [...homeStorySource().matchAll(/^## (.+)$/gm)].map((match) =>
    (match[1] ?? '').trim().replace(/'/g, '\u2019'),
  );
}

/**
 * Records console errors, page errors and any request to another origin while a test runs, and
 * keeps the requests still in flight, so a test can wait for the page's network to go quiet.
 * Call before navigating; read the arrays at the end.
 */
export function watchPage(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  const done = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  /**
   * Resolves once no request of the page or its frames has been in flight for `quietMs`; rejects
   * naming the requests still pending after `timeoutMs`. Playwright's own `networkidle` waits on
   * every frame's lifecycle too, and on the gallery (54 lazy iframes) it once never fired in CI,
   * leaving only a timeout with nothing pending named.
   */
  async function networkSettled({ quietMs = 500, timeoutMs = 60_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) {
        const pending = [...inFlight].map((request) => request.url());
        throw new Error(
          `the network did not go quiet in ${timeoutMs} ms; still in flight: ${pending.join(', ') || 'none'}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { consoleErrors, foreignRequests, networkSettled };
}

/** Every story of content/stories (drafts too: the tests build with SHOW_DRAFTS=1), with where it is served. */
export function allStories(): {
  id: string;
  path: string;
  headline: string;
  kicker: string | undefined;
  focusCountry: string;
}[] {
  const dir = new URL('../../content/stories/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const front =
        readFileSync(new URL(name, dir), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      const field = (key: string) =>
        front
          .match(new RegExp(`^${key}: *(.+)$`, 'm'))?.[1]
          ?.trim()
          .replace(/^['"]|['"]$/g, '');
      const id = name.replace(/\.mdx$/, '');
      return {
        id,
        path: field('home') === 'true' ? '/' : `/stories/${id}/`,
        headline: field('headline') ?? '',
        kicker: field('kicker'),
        focusCountry: field('focusCountry') ?? '',
      };
    });
}
