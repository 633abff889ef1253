import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Golden SVG files, as Observable Plot keeps them: each run compares a drawing with its file in
 * tests/unit/snapshots/; a difference writes `<name>-changed.svg` beside it to compare, and
 * UPDATE_SNAPSHOTS=1 rewrites the files instead (review the diff, then commit them).
 */
const folder = 'tests/unit/snapshots';
const updating = Boolean(process.env['UPDATE_SNAPSHOTS']);

/** Numbers to two decimals, empty elements closed alike, no build-specific style scopes: only visible changes differ. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/\s*data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')
    .replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100 || 0))
    .replace(/>\s+</g, '><')
    .replace(/<([a-z]+)([^<>]*?)><\/\1>/g, '<$1$2/>')
    .replace(/></g, '>\n<');
}

/** One SVG document holding `drawings`, each under a comment naming it. */
export function svgDocument(drawings: { name: string; svg: string }[]): string {
  const body = drawings.map(({ name, svg }) => `<!-- ${name} -->\n${normaliseSvg(svg)}`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${body}\n</svg>\n`;
}

export function expectGoldenSvg(name: string, actual: string): void {
  const file = `${folder}/${name}.svg`;
  const changed = `${folder}/${name}-changed.svg`;
  if (updating) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(file)) {
    writeFileSync(changed, actual);
    expect.fail(
      `${file} does not exist: run UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/scene-snapshots.test.ts, review it and commit it`,
    );
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(
    actual,
    `${name}: the drawing changed; compare ${changed} with ${file}, then UPDATE_SNAPSHOTS=1 if the change is meant`,
  ).toBe(expected);
}
