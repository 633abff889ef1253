import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A file's path says where it runs (README.md, "Architecture"): this holds the imports to it.
 * Type-only imports are erased before anything runs, so they may cross.
 */
type Side = 'server' | 'client' | 'shared' | 'template' | 'editor' | 'other';

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function sideOf(file: string): Side {
  const path = relative(src, file).split('\\').join('/');
  if (path.endsWith('.astro') || importsTemplates(file)) return 'template';
  if (/(^|\/)server\//.test(path)) return 'server';
  if (/(^|\/)client\//.test(path)) return 'client';
  if (path.startsWith('editor/')) return 'editor';
  if (path.startsWith('pages/') || path === 'content.config.ts') return 'other';
  return 'shared';
}

/** A module that hands templates on (the MDX components' list) belongs with them. */
function importsTemplates(file: string): boolean {
  return /^\s*import\s[^;]*?['"][^'"]+\.astro['"]/m.test(readFileSync(file, 'utf8'));
}

/** What each side may import (values): nothing runs upward or across. */
const mayImport: Record<Side, readonly Side[]> = {
  shared: ['shared'],
  client: ['client', 'shared'],
  // The dev server answers the editor's list files (editor-list-files.ts).
  server: ['server', 'shared', 'editor'],
  editor: ['editor', 'shared'],
  template: ['template', 'server', 'shared', 'client'],
  other: ['template', 'server', 'shared', 'client', 'other'],
};

const files = sourceFiles(src);

/** The files a source imports for their values, resolved to paths in src/. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"?]+)['"]/gm),
  ].map((match) => match[1] ?? '');
  return specifiers
    .map((specifier) => normalize(join(dirname(file), specifier)))
    .map((base) =>
      ['', '.ts', '.astro'].map((ext) => base + ext).find((path) => files.includes(path)),
    )
    .filter((path): path is string => path !== undefined);
}

describe('where code runs', () => {
  it('finds the files of every side', () => {
    const sides = new Set(files.map(sideOf));
    for (const side of ['server', 'client', 'shared', 'template'] as const)
      expect(sides).toContain(side);
  });

  it('no import runs from shared to server or client code, or from client to server code', () => {
    const wrong = files.flatMap((file) =>
      valueImports(file)
        .filter((target) => !mayImport[sideOf(file)].includes(sideOf(target)))
        .map(
          (target) =>
            `${relative(root, file)} (${sideOf(file)}) imports ${relative(root, target)} (${sideOf(target)})`,
        ),
    );
    expect(wrong).toEqual([]);
  });
});
