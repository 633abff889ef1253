import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from './validate-content';

const projectRoot = new URL('../../', import.meta.url).pathname;

/**
 * A throw-away project whose `content/` a test breaks on purpose, then validates with
 * `astro sync` (the content step of `astro build`, in a few seconds instead of a full build).
 * The code is linked, the content copied; Astro's caches (.astro/) stay inside the fixture, so
 * the real project's next build never sees the broken content.
 */
export class ContentFixture {
  private readonly project = mkdtempSync(join(tmpdir(), 'story-fixture-'));
  readonly root = join(this.project, 'content');

  /** `copyCode`: copy the code too, which `astro build` needs (it resolves linked files to the real project). */
  constructor({ copyCode = false } = {}) {
    const code = ['src', 'public', 'astro.config.mjs'];
    for (const name of [
      'node_modules',
      'package.json',
      'tsconfig.json',
      ...(copyCode ? [] : code),
    ]) {
      symlinkSync(join(projectRoot, name), join(this.project, name));
    }
    if (copyCode)
      for (const name of code)
        cpSync(join(projectRoot, name), join(this.project, name), { recursive: true });
    cpSync(join(projectRoot, 'content'), this.root, { recursive: true });
  }

  /** Rewrites one file of the copy; `change` receives and returns its text. */
  edit(relativePath: string, change: (text: string) => string): this {
    const path = join(this.root, relativePath);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`fixture edit changed nothing in ${relativePath}`);
    writeFileSync(path, after);
    return this;
  }

  /** Validates the content in-process (as `astro sync` does, in milliseconds); '' when it passes. */
  validate(): Promise<string> {
    return validateContent(this.root);
  }

  /** Runs the real content validation, `astro sync`; returns the exit code and everything printed. */
  sync(): { status: number; output: string } {
    return this.astro('sync');
  }

  /** Builds the site (needs `copyCode`); returns the exit code and everything printed. */
  build(): { status: number; output: string } {
    return this.astro('build');
  }

  private astro(command: string): { status: number; output: string } {
    const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), [command], {
      cwd: this.project,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  }

  remove(): void {
    rmSync(this.project, { recursive: true, force: true });
  }
}

export const storyFile = 'stories/russia-syria-exit.mdx';
