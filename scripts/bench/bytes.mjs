// What the story page ships, by type, from the build output (see src/server/budgets/page-bytes.ts).
import { fileURLToPath } from 'node:url';
import { pageBytes } from '../../src/server/budgets/page-bytes.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export function storyBytes() {
  const { files, ...byType } = pageBytes(dist, `${dist}index.html`);
  return {
    ...byType,
    files: files.map(({ file, raw, gzip, atLoad }) => ({ file, raw, gzip, atLoad })),
  };
}
