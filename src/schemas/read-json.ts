import { readFileSync } from 'node:fs';

/**
 * Reads a content data file as JSON. A syntax error names the file, the line and column, and shows
 * the line with a caret under the spot, because "Unexpected token } at position 4211" sends a
 * journalist counting characters. A stray or missing comma is the usual cause, so the message says so.
 */
export function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(jsonErrorMessage(file, text, (error as Error).message), { cause: error });
  }
}

/** Where in `text` the parser stopped, from V8's "at position N" (or the end of the text). */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? text.length : Number(position);
}

export function jsonErrorMessage(file: string, text: string, parserMessage: string): string {
  const offset = errorOffset(text, parserMessage);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const source = text.split('\n')[line - 1] ?? '';
  const reason = parserMessage.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
  return [
    `${file}:${line}:${column}: not valid JSON (${reason}).`,
    `    ${line} | ${source}`,
    `      ${' '.repeat(String(line).length)}${' '.repeat(column)}^`,
    '  Look at this spot and just before it: usually a comma missing between two entries or fields, a comma after the last one, or a missing quote.',
  ].join('\n');
}
