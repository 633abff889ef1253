// Renders public/social-card.png (1200x630) from the home story's headline and dek with
// Chromium. Run after changing the headline: `npm run social-card`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';

const story = readFileSync(new URL('../content/stories/russia-syria-exit.mdx', import.meta.url), 'utf8');
const field = (name) => {
  const match = story.match(new RegExp(`^${name}: (.+)$`, 'm'));
  if (!match) throw new Error(`content/stories/russia-syria-exit.mdx: no "${name}" in the frontmatter`);
  return match[1].replace(/^"|"$/g, '');
};
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;background:#131416;color:#ecebe8;
font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 80px;box-sizing:border-box">
<p style="color:#f28b82;font-weight:700;letter-spacing:.08em;text-transform:uppercase;font-size:26px;margin:0 0 24px">Syria, December 2024</p>
<h1 style="font-size:64px;line-height:1.08;margin:0 0 28px;letter-spacing:-.02em">${escape(field('headline'))}</h1>
<p style="font-size:28px;line-height:1.35;color:#a9adb4;margin:0;font-family:Georgia,serif">${escape(field('dek'))}</p>
</body></html>`;

const found = findChromium();
if (!found) throw new Error('No Chromium found; see README (Testing).');
const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: new URL('../public/social-card.png', import.meta.url).pathname });
await browser.close();
console.log('wrote public/social-card.png');
