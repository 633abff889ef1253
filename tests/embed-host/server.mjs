// A news site's page on another origin, for tests/e2e/embed.spec.ts: serves tests/embed-host/host.html
// with an embed code pasted in, exactly as the built embed-codes page (dist/embed/codes/) or the
// oEmbed answer gives it, pointed at the test's preview server instead of the configured site.
//   node tests/embed-host/server.mjs <port> <site origin under test>
//   GET /<slug>/responsive       the responsive code (the iframe, then /embed/frames.js: pym.js, scroll tracking)
//   GET /<slug>/csp              the same, on a page whose Content-Security-Policy allows no inline script
//   GET /<slug>/iframe           the plain iframe code (no script: the embed is a stepper);
//                                ?width=360&height=640 sets the frame's size in px
//   GET /<slug>/oembed           the oEmbed answer's HTML after WordPress's oEmbed filter (oembed-filter.mjs)
//   GET /<slug>/pym-no-tracking  pym.js's own auto-init markup and file (from node_modules), without scroll tracking
//   ?below=1 on any of them puts the embed below the first screen of the host page.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { wordpressOembedFilter } from './oembed-filter.mjs';

const root = new URL('../../', import.meta.url);
const [port = '4343', siteOrigin = 'http://127.0.0.1:4333'] = process.argv.slice(2);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const unescape = (html) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const builtSite = () =>
  new URL(JSON.parse(read('dist/embed/oembed/story.json')).provider_url).origin;
const atSiteUnderTest = (html) => html.split(builtSite()).join(siteOrigin);

/** The embed code for `slug` of `kind` ("responsive" or "iframe") from the built codes page, aimed at the site under test. */
function embedCode(slug, kind) {
  const codes = read('dist/embed/codes/index.html');
  const match = codes.match(
    new RegExp(`<textarea id="${kind}-${slug}"[^>]*>([\\s\\S]*?)</textarea>`),
  );
  return match ? atSiteUnderTest(unescape(match[1])) : null;
}

function oembedCode(slug) {
  const answer = JSON.parse(read(`dist/embed/oembed/${slug}.json`));
  return wordpressOembedFilter(atSiteUnderTest(answer.html));
}

/** A frame of a fixed size, as a host's layout would give it. */
function sized(code, query) {
  const width = Number(query.get('width'));
  const height = Number(query.get('height'));
  if (!width || !height) return code;
  return code
    .replace(/ width="[^"]*"/, ` width="${width}"`)
    .replace(/ height="\d+"/, ` height="${height}"`)
    .replace(/ style="[^"]*"/, ' style="border:0;display:block"');
}

function pymAutoInit(slug) {
  const path = slug === 'story' ? '/embed/' : `/embed/${slug}/`;
  return `<div data-pym-src="${siteOrigin}${path}" data-pym-title="Embedded story"></div><script src="/pym.v1.js"></script>`;
}

function markup(slug, kind, query) {
  if (kind === 'pym-no-tracking') return pymAutoInit(slug);
  if (kind === 'oembed') return oembedCode(slug);
  if (kind === 'iframe') return sized(embedCode(slug, 'iframe'), query);
  if (kind === 'responsive' || kind === 'csp') return embedCode(slug, 'responsive');
  return null;
}

function hostPage(slug, kind, query) {
  const code = markup(slug, kind, query);
  if (!code) return null;
  const spacer = query.has('below') ? '<div class="before-embed" style="height:150vh"></div>' : '';
  return read('tests/embed-host/host.html')
    .replace('<!--EMBED-->', code)
    .replace('<!--BEFORE-->', spacer);
}

/** A strict policy, as a news site may send: scripts from itself and the embed's site only, none inline. */
const strictPolicy = () =>
  `default-src 'self'; script-src 'self' ${siteOrigin}; frame-src ${siteOrigin}; style-src 'self' 'unsafe-inline'; img-src 'self'`;

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://host');
  if (url.pathname === '/pym.v1.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(read('node_modules/pym.js/dist/pym.v1.js'));
    return;
  }
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204);
    response.end();
    return;
  }
  const [, slug, kind] = url.pathname.split('/');
  let page;
  try {
    page =
      slug && kind
        ? hostPage(slug, kind, url.searchParams)
        : url.pathname === '/'
          ? 'embed host'
          : null;
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end(String(error));
    return;
  }
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    ...(kind === 'csp' ? { 'Content-Security-Policy': strictPolicy() } : {}),
  };
  response.writeHead(page ? 200 : 404, headers);
  response.end(page ?? 'not found');
}).listen(Number(port), '127.0.0.1');
