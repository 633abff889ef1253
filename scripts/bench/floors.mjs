// The machine's floors: copies of the story page with parts taken out, served beside the build.
// What a floor misses on this machine no change to the parts taken out can win back.
//  - noScripts: every script module taken out, so no scene ever changes: what the machine spends
//    only scrolling and painting the document with its graphics.
//  - textOnly: the scripts, the scrolly graphics, the maps' shared geometry and the aircraft
//    drawing taken out: what loading and scrolling the story's words, quotes and sources cost.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { startPreview } from './server.mjs';

/** Where the copies are written (git-ignored with the bench's results). */
const floorsDir = 'bench-results/floors';

const scripts = 'script[type="module"]';
const floors = {
  noScripts: { path: 'no-scripts', remove: [scripts] },
  textOnly: {
    path: 'text-only',
    remove: [scripts, '.scrolly-graphic', '.map-geometry', '.aircraft-compare'],
  },
};

/** The story page as parsed without scripts, with the elements matching `remove` taken out. */
async function storyWithout(browser, origin, remove) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return await page.evaluate((selectors) => {
      for (const selector of selectors)
        for (const element of document.querySelectorAll(selector)) element.remove();
      return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
    }, remove);
  } finally {
    await context.close();
  }
}

/**
 * Writes a copy of dist/ holding each floor at /<path>/ and serves it on `port`. Returns each
 * floor's URL and HTML size, and `stop`.
 */
export async function serveFloors(browser, origin, port) {
  rmSync(floorsDir, { recursive: true, force: true });
  cpSync('dist', floorsDir, { recursive: true });
  const pages = {};
  for (const [name, { path, remove }] of Object.entries(floors)) {
    const html = await storyWithout(browser, origin, remove);
    mkdirSync(`${floorsDir}/${path}`, { recursive: true });
    writeFileSync(`${floorsDir}/${path}/index.html`, html);
    pages[name] = { path, htmlBytes: Buffer.byteLength(html) };
  }
  const server = await startPreview(port, floorsDir);
  const urls = Object.fromEntries(
    Object.entries(pages).map(([name, { path }]) => [name, `${server.origin}/${path}/`]),
  );
  // A preview server that finds its port taken moves to another: the site answering there would
  // have no floor pages.
  for (const url of Object.values(urls)) {
    if (!(await fetch(url)).ok) {
      server.stop();
      throw new Error(`${url} is not a floor page: is port ${port} taken?`);
    }
  }
  return {
    urls,
    htmlBytes: Object.fromEntries(
      Object.entries(pages).map(([name, { htmlBytes }]) => [name, htmlBytes]),
    ),
    stop: server.stop,
  };
}
