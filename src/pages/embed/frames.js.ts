import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * /embed/frames.js: the script an embed code may carry after its iframe (see
 * src/client/embed/host/upgrade-frames.ts), bundled at build with pym.js into one file that runs on
 * news sites' pages as it is: no modules, nothing fetched from anywhere else.
 */
/** From the project root (the folder Astro runs in): this page is bundled elsewhere at build. */
const upgradeFrames = './src/client/embed/host/upgrade-frames.ts';

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [upgradeFrames],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'inline',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('embed/frames.js: esbuild produced no file');
  return new Response(file.text, { headers: { 'Content-Type': 'text/javascript' } });
};
