import {
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStreamWrapper,
} from 'd3-geo';

/**
 * SVG path data from d3-geo, rounded to a fixed step and written with relative commands, which is
 * several times smaller than d3's default absolute output with full precision.
 */
export class PathStringContext {
  private readonly parts: string[] = [];
  private readonly scale: number;
  private startX = 0;
  private startY = 0;
  private x = 0;
  private y = 0;
  private open = false;
  private lastCommand = '';
  private lastToken = '';

  /** @param step rounding step in output units, e.g. 0.1 */
  constructor(step: number) {
    this.scale = 1 / step;
  }

  private emit(command: string, dx: number, dy: number): void {
    const a = formatNumber(dx / this.scale);
    const b = formatNumber(dy / this.scale);
    if (command !== this.lastCommand) {
      this.parts.push(command, a);
    } else {
      this.parts.push(separator(this.lastToken, a), a);
    }
    this.parts.push(separator(a, b), b);
    this.lastCommand = command;
    this.lastToken = b;
  }

  moveTo(px: number, py: number): void {
    const x = Math.round(px * this.scale);
    const y = Math.round(py * this.scale);
    if (this.parts.length === 0) this.emit('M', x, y);
    else this.emit('m', x - this.x, y - this.y);
    this.startX = this.x = x;
    this.startY = this.y = y;
    this.open = true;
  }

  lineTo(px: number, py: number): void {
    const x = Math.round(px * this.scale);
    const y = Math.round(py * this.scale);
    if (x === this.x && y === this.y) return;
    this.emit('l', x - this.x, y - this.y);
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    if (!this.open) return;
    this.parts.push('z');
    this.lastCommand = 'z';
    this.x = this.startX;
    this.y = this.startY;
    this.open = false;
  }

  /** Points are not drawn as paths here; places are drawn as symbols. */
  arc(): void {}

  /** Part of d3's context interface; every call appends to the same path. */
  beginPath(): void {}

  result(): string {
    return this.parts.join('');
  }
}

function formatNumber(value: number): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  if (text.startsWith('0.')) return text.slice(1);
  if (text.startsWith('-0.')) return `-${text.slice(2)}`;
  return text;
}

/** Whether two numbers written side by side need a space between them. */
function separator(previous: string, next: string): string {
  if (next.startsWith('-')) return '';
  if (next.startsWith('.') && previous.includes('.')) return '';
  return ' ';
}

/** Path data for a GeoJSON object through `projection` (null: coordinates are already planar). */
export function pathString(
  object: GeoPermissibleObjects,
  projection: GeoProjection | GeoStreamWrapper | null,
  step: number,
): string {
  const context = new PathStringContext(step);
  geoPath(projection, context)(object);
  return context.result();
}
