import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { vi } from 'vitest';

/** The module that says where content/ is; mocked to point at a broken copy. */
const contentRootModule = '../../src/server/content/content-root';

const projectRoot = new URL('../../', import.meta.url).pathname;

interface Collection {
  loader: { load: (context: LoaderContext) => Promise<void> };
  schema: {
    safeParseAsync: (
      data: unknown,
    ) => Promise<
      | { success: true; data: unknown }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
    >;
  };
}

/**
 * Validates the content in `contentDir` in-process, as `astro sync` does: the real content config
 * (its loaders' checks, its schemas and the ids they read) pointed at that folder, each entry
 * parsed by its collection's schema. Returns the messages the build would print, one per
 * collection that fails ('' when all pass). Astro's own wrapping of a schema error is copied in
 * its words; the `astro sync` smoke tests check the real build prints the same.
 */
export async function validateContent(contentDir: string): Promise<string> {
  vi.resetModules();
  vi.doMock(contentRootModule, () => ({ contentRoot: contentDir }));
  try {
    // A mock of a path that no longer exists silently checks the real content instead.
    const { contentRoot } = (await import(contentRootModule)) as { contentRoot: string };
    if (contentRoot !== contentDir) {
      throw new Error(
        `validateContent: the mock of ${contentRootModule} did not take; has it moved?`,
      );
    }
    const { collections } = (await import('../../src/content.config')) as unknown as {
      collections: Record<string, Collection>;
    };
    const failures: string[] = [];
    for (const [name, collection] of Object.entries(collections)) {
      try {
        if (name === 'stories') await loadStories(contentDir, collection);
        else await collection.loader.load(loaderContext(name, collection));
      } catch (error) {
        failures.push(
          described(error as Error & { loc?: { file: string; line?: number; column?: number } }),
        );
      }
    }
    return failures.join('\n');
  } finally {
    vi.doUnmock(contentRootModule);
    vi.resetModules();
  }
}

/** The message and, for a content error, its location, as Astro prints them. */
function described(
  error: Error & { loc?: { file: string; line?: number; column?: number } },
): string {
  if (!error.loc) return error.message;
  const { file, line, column } = error.loc;
  return `${error.message}\n  Location: ${[file, line, column].filter((part) => part !== undefined).join(':')}`;
}

/** Astro's message for an entry its collection's schema rejects. */
async function parseData(
  collection: string,
  schema: Collection['schema'],
  entry: { id: string; data: unknown; filePath?: string },
): Promise<unknown> {
  const parsed = await schema.safeParseAsync(entry.data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map(
    (issue) => `  ${issue.path.map(String).join('.')}: ${issue.message}`,
  );
  const error = new Error(
    [`${collection} → ${entry.id} data does not match collection schema.`, ...issues].join('\n'),
  );
  throw Object.assign(error, entry.filePath ? { loc: { file: entry.filePath } } : {});
}

/** What Astro's file loader uses of a loader's context; its warnings are not failures, as in the build. */
function loaderContext(name: string, collection: Collection): LoaderContext {
  const quiet = () => undefined;
  const store = {
    set: () => true,
    clear: quiet,
    get: quiet,
    has: () => false,
    keys: () => [],
    values: () => [],
    entries: () => [],
    delete: quiet,
    addModuleImport: quiet,
    addAssetImport: quiet,
    addAssetImports: quiet,
  };
  return {
    collection: name,
    store,
    meta: new Map(),
    logger: {
      info: quiet,
      warn: quiet,
      error: quiet,
      debug: quiet,
      options: {},
      label: name,
      fork: () => undefined,
    },
    config: { root: pathToFileURL(projectRoot) },
    parseData: (entry: { id: string; data: unknown; filePath?: string }) =>
      parseData(name, collection.schema, entry),
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
}

/** The stories' frontmatter, read as Astro's MDX entry type reads it (glob loader: id from the file name). */
async function loadStories(contentDir: string, collection: Collection): Promise<void> {
  const folder = join(contentDir, 'stories');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
    const filePath = join(folder, file);
    const { frontmatter } = parseFrontmatter(readFileSync(filePath, 'utf8'));
    await parseData('stories', collection.schema, {
      id: file.replace(/\.mdx$/, ''),
      data: frontmatter,
      filePath,
    });
  }
}
