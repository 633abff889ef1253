import type { BuiltPage } from './built-pages';

/**
 * `_headers` for static hosts that read it (Netlify, Cloudflare Pages and others): the security
 * headers a <meta> tag cannot carry. The Content-Security-Policy itself is in each page's <meta>
 * (Astro hashes the page's scripts and styles); here each page only gets its framing policy:
 * story pages may be framed by this site alone, embed pages by any site.
 *
 * Framing is set page by page, never in the catch-all rule: a host applies every rule that
 * matches a path and joins a repeated header, so a site-wide `frame-ancestors 'self'` would also
 * bind the embeds.
 */
export const siteWideHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function framingHeaders(page: Pick<BuiltPage, 'embed'>): Record<string, string> {
  return page.embed
    ? { 'Content-Security-Policy': 'frame-ancestors *' }
    : { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };
}

function rule(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
    '\n',
  );
}

export function headersFile(pages: readonly BuiltPage[], base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path.slice(1)}`;
  const rules = [
    '# Generated at build by src/server/integrations/site-files.ts from src/server/site-files/headers.ts.',
    rule(`${root}*`, siteWideHeaders),
    // Hashed file names never change content: cache them for a year.
    rule(`${root}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ...pages.flatMap((page) => {
      const paths =
        page.path === '/'
          ? [at('/'), at('/index.html')]
          : [at(page.path), at(page.path).replace(/\/$/, ''), `${at(page.path)}index.html`];
      return paths.map((path) => rule(path, framingHeaders(page)));
    }),
  ];
  return `${rules.join('\n\n')}\n`;
}
