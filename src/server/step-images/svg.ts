/** Small helpers for writing the step images' SVG by hand. */

export const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A number for an SVG attribute: at most two decimals, no trailing zeros. */
export const n = (value: number) => String(Math.round(value * 100) / 100);

/** An element with attributes (undefined ones left out) and optional content. */
export function el(
  name: string,
  attrs: Record<string, string | number | undefined>,
  content?: string,
): string {
  const written = Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}="${typeof value === 'number' ? n(value) : escapeXml(value!)}"`)
    .join(' ');
  return content === undefined
    ? `<${name} ${written}/>`
    : `<${name} ${written}>${content}</${name}>`;
}

/** A text element; `lines` stacked from baseline `y` at `lineHeight` px. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs: Record<string, string | number | undefined>,
): string {
  return lines
    .map((line, i) => el('text', { x, y: y + i * lineHeight, ...attrs }, escapeXml(line)))
    .join('');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
