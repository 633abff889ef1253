import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { framingHeaders, siteWideHeaders } from '../../src/server/site-files/headers';
import { distDir, isSharePage, pageUrl, sitePages } from './built-site';
import { watchPage } from './helpers';

// No Playwright trace in this file: recording one (screencast, and snapshots of every frame, the
// gallery's included) made the policy walk several times slower on a busy 2-core machine, past
// its time limit. A failure here still names the page and the violation, which is what it needs.
test.use({ trace: 'off' });

/** The policy a page's <meta http-equiv="content-security-policy"> sets, by directive. */
function metaPolicy(html: string): Map<string, string[]> {
  const content =
    html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

/** Scrolls from top to bottom a screen at a time, letting the page react, then back to the top. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 60)));
    while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.7);
      await frame();
      if (window.scrollY === before) break;
    }
    window.scrollTo(0, 0);
    await frame();
  });
}

test.describe('content security policy', () => {
  test('every page sets a strict policy: scripts and styles only from the site or by hash', async ({
    isMobile,
  }) => {
    test.skip(isMobile, 'static check of the built HTML; once is enough');
    for (const page of sitePages()) {
      const html = readFileSync(page.file, 'utf8');
      const policy = metaPolicy(html);
      const where = `${page.path}`;
      expect(policy.get('default-src'), where).toEqual(["'self'"]);
      expect(policy.get('object-src'), where).toEqual(["'none'"]);
      expect(policy.get('base-uri'), where).toEqual(["'self'"]);
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc, where).toContain("'self'");
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'])
        expect(scriptSrc, where).not.toContain(unsafe);
      expect(policy.get('style-src') ?? [], where).not.toContain("'unsafe-inline'");
      // Every inline script that runs is allowed by its hash (data blocks such as JSON-LD do not run).
      const inline = [
        ...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g),
      ].filter(([, attributes]) => !/type="application\/(?:ld\+)?json"/.test(attributes ?? ''));
      for (const [, , body] of inline) {
        const hash = `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`;
        expect(
          scriptSrc,
          `${where}: inline script "${(body ?? '').slice(0, 60)}" has no hash in script-src`,
        ).toContain(hash);
      }
    }
  });

  // The pages are listed from the build, which exists only once the web server has run, so the
  // walk is split into fixed shards (each its own test and time limit) rather than one test a page.
  const shards = 8;
  for (let shard = 0; shard < shards; shard += 1) {
    test(`every page runs under its policy: nothing blocked, no error, no request to another origin, scrolled top to bottom (pages ${shard + 1} of ${shards})`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
        );
      });
      const watch = watchPage(page, new URL(baseURL ?? '').origin);
      // Share pages redirect to the story at once: walking each would walk the story again.
      const pages = sitePages()
        .filter((built) => !isSharePage(built.path))
        .filter((_, index) => index % shards === shard);
      expect(pages.length, 'pages in this shard').toBeGreaterThan(0);
      for (const built of pages) {
        await test.step(built.path, async () => {
          await page.goto(pageUrl(built), { timeout: 60_000 });
          await watch.networkSettled();
          await scrollThrough(page);
          const violations = await page.evaluate(
            () => (window as unknown as { cspViolations: string[] }).cspViolations,
          );
          expect(violations, `${built.path}: CSP violations`).toEqual([]);
          // The scripts did run under the policy: scrolling activated the story's steps.
          const blocks = page.locator('story-scrolly');
          if ((await blocks.count()) > 0)
            await expect(blocks.first()).toHaveAttribute('data-active-step', /.+/);
        });
      }
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests, 'requests to another origin').toEqual([]);
    });
  }
});

test.describe('headers for static hosts', () => {
  test.skip(({ isMobile }) => isMobile, 'static check of the build; once is enough');

  /** dist/_headers as rules: path → header → value. */
  function headerRules(): Map<string, Map<string, string>> {
    const rules = new Map<string, Map<string, string>>();
    let current: Map<string, string> | undefined;
    for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        current = new Map();
        rules.set(line.trim(), current);
      } else {
        const [name, ...value] = line.trim().split(':');
        current?.set(name ?? '', value.join(':').trim());
      }
    }
    return rules;
  }

  test('every page gets the security headers and its own framing policy; embeds may be framed anywhere', () => {
    const rules = headerRules();
    const siteWide = rules.get('/*');
    expect(Object.fromEntries(siteWide ?? [])).toEqual(siteWideHeaders);
    expect(siteWide?.get('X-Content-Type-Options')).toBe('nosniff');
    // A framing header in the catch-all rule would be joined with an embed's own and forbid it.
    expect([...(siteWide?.keys() ?? [])]).not.toContain('Content-Security-Policy');
    for (const page of sitePages()) {
      const rule = rules.get(page.path);
      expect(rule, `${page.path} has a rule`).toBeDefined();
      expect(Object.fromEntries(rule ?? [])).toEqual(framingHeaders(page));
      expect(rule?.get('Content-Security-Policy')).toBe(
        page.embed ? 'frame-ancestors *' : "frame-ancestors 'self'",
      );
    }
  });
});

test.describe('privacy', () => {
  test.skip(({ isMobile }) => isMobile, 'static check of the build; once is enough');

  const trackers =
    /google-analytics|googletagmanager|gtag\(|doubleclick|facebook\.net|connect\.facebook|hotjar|segment\.(?:io|com)|mixpanel|plausible|matomo|piwik|chartbeat|parsely|scorecardresearch|newrelic|sentry\.io|clarity\.ms/i;
  const secrets =
    /AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|\b(?:api[_-]?key|secret|access[_-]?token)\b\s*[:=]\s*["'][^"']{8,}/i;

  test('no page loads anything from another origin, and the build holds no tracker or secret', () => {
    for (const page of sitePages()) {
      const html = readFileSync(page.file, 'utf8');
      // What the browser fetches by itself: script, style sheet, icon, image, media, frame sources.
      const fetched = [
        ...html.matchAll(/<(?:script|img|iframe|source|video|audio|embed)[^>]*\ssrc="([^"]+)"/g),
        ...html.matchAll(/<link(?![^>]*rel="(?:canonical|alternate)")[^>]*\shref="([^"]+)"/g),
        ...html.matchAll(/\ssrcset="([^"]+)"/g),
        ...html.matchAll(/url\(\s*["']?([^"')]+)/g),
      ].map((match) => match[1] ?? '');
      expect(
        fetched.filter((url) => /^(?:https?:)?\/\//.test(url)),
        `${page.path}: loads from another origin`,
      ).toEqual([]);
      expect(html.match(trackers)?.[0], `${page.path}: tracker`).toBeUndefined();
      expect(html.match(secrets)?.[0], `${page.path}: secret`).toBeUndefined();
    }
    for (const file of readdirSync(join(distDir, '_astro')).filter((name) =>
      name.endsWith('.js'),
    )) {
      const code = readFileSync(join(distDir, '_astro', file), 'utf8');
      expect(code.match(trackers)?.[0], `${file}: tracker`).toBeUndefined();
      expect(code.match(secrets)?.[0], `${file}: secret`).toBeUndefined();
      // Scripts ask the network for nothing (the story needs no fetch, beacon or socket).
      expect(
        code.match(/\b(?:fetch|sendBeacon|XMLHttpRequest|WebSocket|EventSource)\b/)?.[0],
        `${file}: network call`,
      ).toBeUndefined();
    }
  });
});
