/**
 * What the step images need to know about the font they are drawn in, read from the TrueType file
 * itself (the one the renderer is given, so measure and drawing agree): which characters it has a
 * glyph for (cmap), and how wide each is (hmtx). Enough to wrap text to a width and to refuse text
 * the font cannot draw, which the renderer would otherwise draw as nothing.
 */

export interface FontMetrics {
  /** The family name the SVG asks for. */
  family: string;
  unitsPerEm: number;
  /** Code point → advance width in font units. */
  advances: Map<number, number>;
}

function table(font: Uint8Array, tag: string): DataView {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(
      font[record]!,
      font[record + 1]!,
      font[record + 2]!,
      font[record + 3]!,
    );
    if (name === tag)
      return new DataView(
        font.buffer,
        font.byteOffset + view.getUint32(record + 8),
        view.getUint32(record + 12),
      );
  }
  throw new Error(`font: no "${tag}" table; expected a TrueType font file`);
}

/** Code point → glyph id, from the best Unicode subtable of the font's cmap (format 12, else 4). */
export function readCmap(font: Uint8Array): Map<number, number> {
  const cmap = table(font, 'cmap');
  const subtables: { format: number; offset: number }[] = [];
  for (let i = 0; i < cmap.getUint16(2); i += 1) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: cmap.getUint16(offset), offset });
  }
  const chosen = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!chosen) throw new Error('font: no Unicode cmap of format 4 or 12');
  const glyphs = new Map<number, number>();
  const at = chosen.offset;
  if (chosen.format === 12) {
    const groups = cmap.getUint32(at + 12);
    for (let g = 0; g < groups; g += 1) {
      const start = cmap.getUint32(at + 16 + g * 12);
      const end = cmap.getUint32(at + 20 + g * 12);
      const glyph = cmap.getUint32(at + 24 + g * 12);
      for (let c = start; c <= end; c += 1) glyphs.set(c, glyph + c - start);
    }
    return glyphs;
  }
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const index = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(c, glyph);
    }
  }
  return glyphs;
}

/** The font's metrics: every character it draws, with its advance width. */
export function readFont(font: Uint8Array, family: string): FontMetrics {
  const head = table(font, 'head');
  const hhea = table(font, 'hhea');
  const hmtx = table(font, 'hmtx');
  const longMetrics = hhea.getUint16(34);
  const advanceOf = (glyph: number) => hmtx.getUint16(Math.min(glyph, longMetrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of readCmap(font)) advances.set(codePoint, advanceOf(glyph));
  return { family, unitsPerEm: head.getUint16(18), advances };
}

/** Characters of `text` the font has no glyph for (spaces and line breaks aside), once each. */
export function missingGlyphs(metrics: FontMetrics, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20) continue;
    if (!metrics.advances.has(code)) missing.add(char);
  }
  return [...missing];
}

/** The width of `text` at `fontSize` px (no kerning: a hair wide, which wrapping wants). */
export function measure(metrics: FontMetrics, text: string, fontSize: number): number {
  const fallback = metrics.advances.get(0x6e) ?? metrics.unitsPerEm / 2;
  let units = 0;
  for (const char of text) units += metrics.advances.get(char.codePointAt(0) ?? 0) ?? fallback;
  return (units / metrics.unitsPerEm) * fontSize;
}

/** Greedy line breaking at spaces to `width` px; `maxLines` lines at most, the last ending in "…" if cut. */
export function wrapText(
  metrics: FontMetrics,
  text: string,
  fontSize: number,
  width: number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(metrics, candidate, fontSize) > width) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) {
        const last = lines.pop()!;
        return [
          ...lines,
          ellipsis(metrics, `${last} ${words.slice(i).join(' ')}`, fontSize, width),
        ];
      }
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut at a word to fit `width` with "…" after it. */
function ellipsis(metrics: FontMetrics, text: string, fontSize: number, width: number): string {
  const words = text.split(' ');
  while (words.length > 1 && measure(metrics, `${words.join(' ')}…`, fontSize) > width) words.pop();
  return `${words.join(' ').replace(/[,;:.]$/, '')}…`;
}
