/**
 * The pym.js message protocol (NPR's pym.js v1, which newsrooms' embed tools speak), as plain
 * functions: strings `pymxPYMx<childId>xPYMx<type>xPYMx<message>` posted between frames.
 *
 * Only what an embed needs from the parent is accepted, and every value is checked: a message that
 * is not exactly one of these, with numbers that make sense, is ignored. Nothing from a message is
 * ever evaluated or used as markup or a URL.
 */
const delimiter = 'xPYMx';

/** What the parent tells the child. */
export type ParentMessage =
  | { type: 'width'; width: number }
  | {
      type: 'viewport-iframe-position';
      /** The host's viewport, px. */
      viewportWidth: number;
      viewportHeight: number;
      /** The iframe's box in the host's viewport, px (top is negative once scrolled past). */
      top: number;
      left: number;
      bottom: number;
      right: number;
    };

/** The child's messages to the parent that embeds here send. */
export type ChildMessageType = 'height' | 'parentPositionInfo' | 'scrollToChildPos';

/**
 * pym ids are the host's element ids (auto-init makes `pym-0-ab12c`). The parent puts the id into a
 * regular expression unescaped, so only plain id characters are used; anything else means "not pym".
 */
const childIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidChildId(id: string | null): id is string {
  return id !== null && childIdPattern.test(id);
}

export function makeMessage(childId: string, type: ChildMessageType, message = ''): string {
  return ['pym', childId, type, message].join(delimiter);
}

/** A whole-pixel length as pym sends it ("1234"); rejects anything else, and absurd sizes. */
function pixels(text: string | undefined, { allowNegative = false } = {}): number | null {
  if (text === undefined) return null;
  const pattern = allowNegative ? /^-?\d{1,7}(\.\d+)?$/ : /^\d{1,7}(\.\d+)?$/;
  if (!pattern.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= 1_000_000 ? value : null;
}

/** Parses a message for `childId`; null for anything that is not a well-formed known message. */
export function parseParentMessage(data: unknown, childId: string): ParentMessage | null {
  if (typeof data !== 'string' || data.length > 300) return null;
  const parts = data.split(delimiter);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  const [, , type, message = ''] = parts;
  if (type === 'width') {
    const width = pixels(message);
    return width === null || width < 1 ? null : { type, width };
  }
  if (type === 'viewport-iframe-position') {
    const fields = message.split(' ');
    if (fields.length !== 6) return null;
    const [viewportWidth, viewportHeight] = fields.slice(0, 2).map((field) => pixels(field));
    const [top, left, bottom, right] = fields
      .slice(2)
      .map((field) => pixels(field, { allowNegative: true }));
    if (
      viewportWidth == null ||
      viewportHeight == null ||
      top == null ||
      left == null ||
      bottom == null ||
      right == null
    )
      return null;
    if (viewportWidth < 1 || viewportHeight < 1 || bottom < top || right < left) return null;
    return { type, viewportWidth, viewportHeight, top, left, bottom, right };
  }
  return null;
}

/** Whether a message's origin is accepted: any origin when none are configured, else one of them. */
export function isAcceptedOrigin(origin: string, accepted: readonly string[]): boolean {
  return accepted.length === 0 || accepted.includes(origin);
}
