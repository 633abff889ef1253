import { fileURLToPath } from 'node:url';
import { builtPages, type BuiltPage } from '../../src/server/site-files/built-pages';

/**
 * The pages of the build under test, read from dist/ when a test runs (not when the file is
 * loaded: Playwright's web server builds dist/ after loading the tests). New pages, such as the
 * embeds and the scene gallery, are covered by every test that uses this without being listed.
 */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

export function sitePages(): BuiltPage[] {
  const pages = builtPages(distDir);
  if (pages.length === 0)
    throw new Error('dist/ has no pages: the web server should have built the site');
  return pages;
}

/** The URL a test opens for a page (the tests serve the site at the root). */
export const pageUrl = (page: Pick<BuiltPage, 'path'>) => page.path;

/** Pages a reader lands on from a search or a link, and embeds: the ones the budgets apply to. */
export const readerPages = () => sitePages().filter((page) => !page.noindex || page.embed);

/** A step's share page (/s/<story>/<step>/): it sends the reader straight on to the story. */
export const isSharePage = (path: string) => path.startsWith('/s/');
