// The Lighthouse floor: the story page with its graphics and scripts taken out, leaving its words,
// headings, quotes, source list and CSS. Lighthouse on it shows what the browser spends loading the
// story's text alone; a load budget the floor misses on this machine cannot be met by any change
// to the graphics or the scroll engine, only by a shorter story or a faster machine.
import { cpSync, rmSync, writeFileSync } from 'node:fs';

/** Where the copy is written (git-ignored with the bench's results), served like dist/. */
export const textFloorDir = 'bench-results/text-floor';

/** What is taken out: every script module, the scrolly graphics, the maps' shared geometry, the aircraft drawing. */
const graphicsAndScripts = ['script[type="module"]', '.scrolly-graphic', '.map-geometry', '.aircraft-compare'];

/** Writes the copy of dist/ whose story page is the text alone, read from the served page as parsed without scripts. */
export async function writeTextFloor(browser, origin) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const html = await page.evaluate((selectors) => {
      for (const selector of selectors) for (const element of document.querySelectorAll(selector)) element.remove();
      return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
    }, graphicsAndScripts);
    rmSync(textFloorDir, { recursive: true, force: true });
    cpSync('dist', textFloorDir, { recursive: true });
    writeFileSync(`${textFloorDir}/index.html`, html);
    return { htmlBytes: Buffer.byteLength(html) };
  } finally {
    await context.close();
  }
}
