import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What one built page ships, by type, raw and gzip, read from the build output: the HTML (with
 * what is inline in it: CSS, SVG, scripts), the files it links, and every module those scripts
 * import. No relative imports, so `npm run bench` can load this file with Node directly.
 */
export interface Size {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Size;
  /** Inline <style> plus linked style sheets. */
  css: Size;
  /** Every script: linked modules, the modules they import (at once or later), inline scripts. */
  js: Size;
  /** Inline SVG (part of the HTML). */
  svg: Size;
  fonts: Size;
  images: Size;
  /** Sent for the first view: the HTML, CSS files, scripts imported at load, fonts, images. */
  firstView: Size;
  /** Each file counted, relative to the build output. */
  files: {
    file: string;
    type: 'html' | 'css' | 'js' | 'font' | 'image';
    raw: number;
    gzip: number;
    atLoad: boolean;
  }[];
}

const size = (text: string | Buffer): Size => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text).length,
});
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Size = { raw: 0, gzip: 0 };

const matches = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((match) => match[1] ?? '');

function typeOf(file: string): PageBytes['files'][number]['type'] | undefined {
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (/\.(png|jpe?g|webp|avif|gif|svg|ico)$/.test(file)) return 'image';
  return undefined;
}

/** A URL in the page (root-relative under the base, or relative) as a file in the output. */
function resolveFile(outDir: string, base: string, from: string, url: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:') || url.startsWith('#'))
    return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  const file = path.startsWith('/')
    ? join(outDir, path.slice(base.length - 1))
    : join(dirname(from), path);
  return existsSync(file) ? file : undefined;
}

export function pageBytes(outDir: string, htmlFile: string, base = '/'): PageBytes {
  const html = readFileSync(htmlFile, 'utf8');
  const result: PageBytes = {
    html: size(html),
    css: zero,
    js: zero,
    svg: zero,
    fonts: zero,
    images: zero,
    firstView: size(html),
    files: [],
  };
  result.files.push({
    file: relative(outDir, htmlFile),
    type: 'html',
    ...result.html,
    atLoad: true,
  });
  const inlineCss = matches(html, /<style[^>]*>([\s\S]*?)<\/style>/g).join('\n');
  const inlineJs = matches(
    html,
    /<script(?![^>]*type="application\/(?:ld\+)?json")(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g,
  ).join('\n');
  result.css = inlineCss ? size(inlineCss) : zero;
  result.js = inlineJs ? size(inlineJs) : zero;
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => match[0]).join('');
  result.svg = svg ? size(svg) : zero;

  const seen = new Set<string>();
  const count = (file: string, atLoad: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const type = typeOf(file);
    if (!type) return;
    const content = readFileSync(file);
    // Fonts and images are compressed already: hosts send them as they are.
    const bytes =
      type === 'font' || type === 'image'
        ? { raw: content.length, gzip: content.length }
        : size(content);
    result.files.push({ file: relative(outDir, file), type, ...bytes, atLoad });
    const key = ({ js: 'js', css: 'css', font: 'fonts', image: 'images', html: 'html' } as const)[
      type
    ];
    result[key] = add(result[key], bytes);
    if (atLoad) result.firstView = add(result.firstView, bytes);
    if (type === 'js') {
      const text = content.toString();
      // Static imports load with the module; dynamic import() only when the code asks.
      for (const url of matches(
        text,
        /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g,
      )) {
        const next = resolveFile(outDir, base, file, url);
        if (next) count(next, atLoad);
      }
      for (const url of matches(text, /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
        const next = resolveFile(outDir, base, file, url);
        if (next) count(next, false);
      }
    }
    if (type === 'css') {
      for (const url of matches(content.toString(), /url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const next = resolveFile(outDir, base, file, url);
        if (next) count(next, atLoad);
      }
    }
  };
  // What the HTML asks for: scripts, style sheets, preloads, icons, images (not links to read).
  const loaded = [
    ...matches(html, /<script[^>]*\ssrc="([^"]+)"/g),
    ...matches(
      html,
      /<link[^>]*\srel="(?:stylesheet|modulepreload|preload|icon)"[^>]*\shref="([^"]+)"/g,
    ),
    ...matches(
      html,
      /<link[^>]*\shref="([^"]+)"[^>]*\srel="(?:stylesheet|modulepreload|preload|icon)"/g,
    ),
    ...matches(html, /<img(?![^>]*\sloading="lazy")[^>]*\ssrc="([^"]+)"/g),
  ];
  for (const url of loaded) {
    const file = resolveFile(outDir, base, htmlFile, url);
    if (file) count(file, true);
  }
  // Lazy images load when they come near the screen, not with the page (the steps' own images,
  // for readers without JavaScript and for print, never do on screen: step-images.spec.ts).
  for (const url of matches(html, /<img(?=[^>]*\sloading="lazy")[^>]*\ssrc="([^"]+)"/g)) {
    const file = resolveFile(outDir, base, htmlFile, url);
    if (file) count(file, false);
  }
  for (const url of matches(inlineCss, /url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const file = resolveFile(outDir, base, htmlFile, url);
    if (file) count(file, true);
  }
  return result;
}
