import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../site-files/built-pages';
import { headersFile } from '../site-files/headers';
import { robotsTxt, sitemapXml } from '../site-files/sitemap';

/**
 * After the build, from the pages actually built: sitemap.xml (indexable pages only), robots.txt,
 * and _headers (security and framing headers for static hosts).
 */
export function siteFiles(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'story-site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = builtPages(outDir);
        if (!site)
          throw new Error(
            'astro.config.mjs: `site` is needed for the sitemap and canonical URLs (set SITE_URL)',
          );
        const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site);
        writeFileSync(`${outDir}/sitemap.xml`, sitemapXml(pages, siteRoot));
        writeFileSync(`${outDir}/robots.txt`, robotsTxt(siteRoot));
        writeFileSync(`${outDir}/_headers`, headersFile(pages, base));
        logger.info(
          `sitemap.xml (${pages.filter((page) => !page.noindex).length} of ${pages.length} pages), robots.txt, _headers`,
        );
      },
    },
  };
}
