import { resolve } from 'node:path';

/** Where in a content file a mistake is; Astro's "Location" and dev overlay point there. */
export interface ContentLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/**
 * A mistake in content. Its message says everything a journalist needs (file, entry, value, what
 * was expected), so the stack, which would list our code's functions under the message, is
 * replaced by the content file's location.
 */
export class ContentError extends Error {
  readonly loc: ContentLocation;

  constructor(message: string, location: ContentLocation) {
    super(message);
    this.name = 'ContentError';
    this.loc = { ...location, file: resolve(location.file) };
    this.stack = `${this.name}: ${message}`;
  }
}

/** The 1-based line and column of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
