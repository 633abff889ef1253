// The production build (or a copy of it, `outDir`) served locally with `astro preview` on the bench's own port.
import { spawn } from 'node:child_process';

export async function startPreview(port, outDir = 'dist') {
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it also stops the astro process npx starts.
  const child = spawn(
    'npx',
    [
      'astro',
      'preview',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-child.pid);
    } catch {
      child.kill();
    }
  };
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin}`);
}
