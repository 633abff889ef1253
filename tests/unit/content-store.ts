import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const store = '.astro/data-store.json';
/** What the store is made from: a change to any of these makes it stale. */
const inputs = ['content', 'src', 'astro.config.mjs', 'package-lock.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Fills the content store that `astro:content` reads in Vitest (Vitest runs Astro's Vite config in
 * dev mode, which reads `.astro/data-store.json`, written only by `astro dev`): Astro's own sync,
 * in this process, so getCollection returns what a build would, validated by the same schemas.
 * Skipped while the store is newer than every file it is made from.
 */
export async function syncContentStore(): Promise<void> {
  if (
    existsSync(store) &&
    statSync(store).mtimeMs >
      Math.max(...inputs.filter((path) => existsSync(path)).map(newestChange))
  )
    return;
  // Astro's Node entry, loaded natively: through Vite, `astro` resolves to its runtime.
  const entry = new URL('../../node_modules/astro/dist/core/index.js', import.meta.url).href;
  const { sync } = (await import(/* @vite-ignore */ entry)) as typeof import('astro');
  // A cache of its own, so a build or another test's sync never writes the file while it is copied.
  const cacheDir = './node_modules/.cache/content-store/';
  await sync({ root: process.cwd(), logLevel: 'error', cacheDir });
  mkdirSync('.astro', { recursive: true });
  copyFileSync(`${cacheDir}data-store.json`, store);
}
