import { readFileSync } from 'node:fs';
import { ContentError, lineAndColumn } from './content-error';

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
    const parserMessage = (error as Error).message;
    const position = /at position (\d+)/.exec(parserMessage)?.[1];
    const { line, column } = lineAndColumn(
      text,
      position === undefined ? text.length : Number(position),
    );
    throw new ContentError(jsonErrorMessage(file, text, parserMessage, line, column), {
      file,
      line,
      column,
    });
  }
}

function jsonErrorMessage(
  file: string,
  text: string,
  parserMessage: string,
  line: number,
  column: number,
): string {
  const lines = text.split('\n');
  const reason = parserMessage
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '');
  // The line before too: the missing comma is usually at its end.
  const width = String(line).length;
  const shown = [line - 1, line]
    .filter((number) => number >= 1)
    .map((number) => `    ${String(number).padStart(width)} | ${lines[number - 1] ?? ''}`);
  return [
    `${file}:${line}:${column}: not valid JSON (${reason}).`,
    ...shown,
    `${' '.repeat(4 + width + 3 + column - 1)}^`,
    '  Look at this spot and just before it: usually a comma missing between two entries or fields, a comma after the last one, or a missing quote.',
  ].join('\n');
}
