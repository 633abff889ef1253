// A news site's page on another origin, for tests/e2e/embed.spec.ts: serves tests/embed-host/host.html
// with an embed code pasted in, exactly as the built embed-codes page (dist/embed/codes/) lists it,
// pointed at the test's preview server instead of the configured site. Also serves pym.js straight
// from node_modules for hosts that load their own copy.
//   node tests/embed-host/server.mjs <port> <site origin under test>
//   GET /<slug>/pym     the responsive code (pym.js auto-init, scroll tracking)
//   GET /<slug>/iframe  the plain iframe code (no pym: the embed is a stepper)
//   GET /<slug>/pym-no-tracking  pym.js from node_modules, without scroll tracking
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const root = new URL('../../', import.meta.url);
const [port = '4343', siteOrigin = 'http://127.0.0.1:4333'] = process.argv.slice(2);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const unescape = (html) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The embed code for `slug` of `kind` from the built codes page, aimed at the site under test. */
function embedCode(slug, kind) {
  const codes = read('dist/embed/codes/index.html');
  const match = codes.match(new RegExp(`<textarea id="${kind}-${slug}"[^>]*>([\\s\\S]*?)</textarea>`));
  if (!match) return null;
  const builtSite = new URL(JSON.parse(read('dist/embed/oembed/story.json')).provider_url).origin;
  return unescape(match[1]).split(builtSite).join(siteOrigin);
}

function hostPage(slug, kind) {
  if (kind === 'pym-no-tracking') {
    const code = embedCode(slug, 'pym');
    if (!code) return null;
    const markup = code.replace(/ data-pym-trackscroll="true" data-pym-scrollwait="0"/, '').replace(/<script[^>]*><\/script>/, '<script src="/pym.v1.js"></script>');
    return read('tests/embed-host/host.html').replace('<!--EMBED-->', markup);
  }
  const code = embedCode(slug, kind);
  return code && read('tests/embed-host/host.html').replace('<!--EMBED-->', code);
}

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
  let page = null;
  try {
    page = slug && kind ? hostPage(slug, kind) : url.pathname === '/' ? 'embed host' : null;
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end(String(error));
    return;
  }
  response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(page ?? 'not found');
}).listen(Number(port), '127.0.0.1');
