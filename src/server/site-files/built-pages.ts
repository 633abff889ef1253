import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The HTML pages of a build, found in its output folder, so the sitemap, the headers file and the
 * tests cover every page (a scene gallery or an embed added later included) without a list to
 * keep up to date.
 */
export interface BuiltPage {
  /** Path under the site's base, with a trailing slash: "/", "/map-views/", "/embed/advance/". */
  path: string;
  /** The HTML file, absolute. */
  file: string;
  /** Marked `<meta name="robots" content="noindex">`: proof pages, galleries, embeds. */
  noindex: boolean;
  /** Embed pages (under /embed/), which any site may show in an iframe. */
  embed: boolean;
  /** `article:modified_time`, where the page is an article. */
  modified?: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name === 'index.html' ? [path] : [];
  });
}

const metaContent = (html: string, attribute: string, name: string) =>
  html.match(new RegExp(`<meta[^>]*${attribute}="${name}"[^>]*content="([^"]*)"`))?.[1];

export function builtPages(outDir: string): BuiltPage[] {
  return htmlFiles(outDir)
    .map((file): BuiltPage => {
      const html = readFileSync(file, 'utf8');
      const folder = relative(outDir, join(file, '..')).split(sep).filter(Boolean).join('/');
      const path = folder ? `/${folder}/` : '/';
      const modified = metaContent(html, 'property', 'article:modified_time');
      return {
        path,
        file,
        noindex: /noindex/.test(metaContent(html, 'name', 'robots') ?? ''),
        embed: path.startsWith('/embed/'),
        ...(modified ? { modified } : {}),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
