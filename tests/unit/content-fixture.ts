import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = new URL('../../', import.meta.url).pathname;

/**
 * A throw-away copy of `content/` that a test breaks on purpose, then validates with
 * `astro sync` (the content step of `astro build`, in a few seconds instead of a full build).
 */
export class ContentFixture {
  readonly root = mkdtempSync(join(tmpdir(), 'story-content-'));

  constructor() {
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

  /** Runs the content validation; returns the exit code and everything printed. */
  sync(): { status: number; output: string } {
    const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['sync'], {
      cwd: projectRoot,
      env: { ...process.env, STORY_CONTENT_DIR: this.root, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const storyFile = 'stories/russia-syria-exit.mdx';
