import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { collection, config, fields, singleton } from '@keystatic/core';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import {
  formText,
  listFileText,
  listFiles,
  storyStorage,
  type ListFile,
} from '../../editor/list-files';

/**
 * The dev server's side of the editor's list files (src/editor/list-files.ts): on the editor's
 * API (/api/keystatic/), a data file holding a list is read as `{ "entries": [...] }` and written
 * back as the plain list the build reads. Keystatic's own handler does the rest. Dev server only.
 */
/**
 * Keystatic's API handler needs only where the editor may read and write: the same paths as the
 * editor's config (src/editor/keystatic.config.ts), whose forms are browser code.
 */
const paths = config({
  storage: { kind: 'local' },
  collections: {
    stories: collection({
      ...storyStorage,
      schema: {
        headline: fields.slug({ name: { label: 'Headline' } }),
        body: fields.mdx({ label: 'Story' }),
      },
    }),
  },
  singletons: Object.fromEntries(
    listFiles.map((file) => [
      file.key,
      singleton({ label: file.key, path: file.path, format: { data: 'json' }, schema: {} }),
    ]),
  ),
});
const keystaticApi = makeGenericAPIRouteHandler({ config: paths });

const byPath = new Map(listFiles.map((file) => [`${file.path}.json`, file]));
const gitBlobSha = (bytes: Buffer) =>
  createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
const formBytes = (file: ListFile, path: string) =>
  Buffer.from(formText(file, readFileSync(path, 'utf8')));

interface TreeEntry {
  path: string;
  sha: string;
  size?: number;
}

/** The tree Keystatic lists, with each list file's sha as the editor sees it. */
function adaptTree(body: string): string {
  const entries = JSON.parse(body) as TreeEntry[];
  for (const entry of entries) {
    const file = byPath.get(entry.path);
    if (!file) continue;
    const bytes = formBytes(file, entry.path);
    entry.sha = gitBlobSha(bytes);
    if (entry.size !== undefined) entry.size = bytes.byteLength;
  }
  return JSON.stringify(entries);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Answers the editor API's requests that touch a list file; others go on to Keystatic. */
export function editorListFiles(server: ViteDevServer): void {
  const keystatic = async (request: IncomingMessage, body?: string): Promise<Response> => {
    const headers = new Headers(
      Object.entries(request.headers).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value] as [string, string]] : [],
      ),
    );
    const url = new URL(request.url ?? '/', 'http://localhost');
    const init: RequestInit =
      body === undefined
        ? { method: request.method ?? 'GET', headers }
        : { method: request.method ?? 'POST', headers, body };
    const { body: out, headers: outHeaders, status } = await keystaticApi(new Request(url, init));
    return new Response(out as BodyInit, {
      status: status ?? 200,
      ...(outHeaders ? { headers: outHeaders } : {}),
    });
  };
  const send = async (
    response: ServerResponse,
    answer: Response,
    adapt?: (body: string) => string,
  ) => {
    const text = await answer.text();
    response.statusCode = answer.status;
    answer.headers.forEach((value, name) => response.setHeader(name, value));
    response.end(adapt && answer.ok ? adapt(text) : text);
  };
  server.middlewares.use((request, response, next) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/api/keystatic/')) return next();
    const handle = async () => {
      if (request.method === 'GET' && path === '/api/keystatic/tree')
        return send(response, await keystatic(request), adaptTree);
      const blob = /^\/api\/keystatic\/blob\/([0-9a-f]{40})\/(.+)$/.exec(path);
      const file = blob ? byPath.get(decodeURIComponent(blob[2] ?? '')) : undefined;
      if (blob && file) {
        const bytes = formBytes(file, `${file.path}.json`);
        if (gitBlobSha(bytes) !== blob[1])
          return send(response, new Response('Not Found', { status: 404 }));
        response.statusCode = 200;
        return void response.end(bytes);
      }
      if (request.method === 'POST' && path === '/api/keystatic/update') {
        const update = JSON.parse(await readBody(request)) as {
          additions: { path: string; contents: string }[];
          deletions: { path: string }[];
        };
        for (const addition of update.additions) {
          const listFile = byPath.get(addition.path);
          if (!listFile) continue;
          const form = JSON.parse(Buffer.from(addition.contents, 'base64url').toString('utf8')) as {
            entries?: Record<string, unknown>[];
          };
          addition.contents = Buffer.from(listFileText(listFile, form)).toString('base64url');
        }
        return send(response, await keystatic(request, JSON.stringify(update)), adaptTree);
      }
      return next();
    };
    handle().catch((error: unknown) => next(error));
  });
}
