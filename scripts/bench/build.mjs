// A cold production build, timed: no dist/, no Astro or Vite caches.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { round } from './stats.mjs';

// node_modules/.cache/step-images: the step images drawn by earlier builds (src/server/step-images/render.ts).
const caches = [
  'dist',
  '.astro',
  'node_modules/.astro',
  'node_modules/.vite',
  'node_modules/.cache/step-images',
];

/** Builds the site with `env` added (e.g. SITE_URL); returns the seconds it took. */
export function coldBuild(env = {}) {
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error('astro build failed');
  return round((performance.now() - started) / 1000, 2);
}
