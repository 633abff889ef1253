import type { BuiltPage } from './built-pages';

/** sitemap.xml (sitemaps.org 0.9) of the pages meant for search engines: not the noindex ones. */
export function sitemapXml(pages: readonly BuiltPage[], siteRoot: URL): string {
  const entries = pages
    .filter((page) => !page.noindex)
    .map((page) => {
      const loc = new URL(page.path.slice(1), siteRoot).href;
      const lastmod = page.modified ? `<lastmod>${page.modified}</lastmod>` : '';
      return `  <url><loc>${loc}</loc>${lastmod}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled (noindex pages say so themselves); where the sitemap is. */
export function robotsTxt(siteRoot: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteRoot).href}\n`;
}
