import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillCaption } from '../../src/server/captions';
import { captionSchema } from '../../src/server/schemas/caption';

const captions = JSON.parse(readFileSync('content/data/captions.json', 'utf8')) as {
  id: string;
  text: string;
}[];

describe('captions (content/data/captions.json)', () => {
  test('every caption is valid, and the control credits fill every placeholder they use', () => {
    for (const { id: _id, ...row } of captions)
      expect(captionSchema.safeParse(row).success).toBe(true);
    const control = captions.find((entry) => entry.id === 'control-credits');
    expect(control).toBeDefined();
    const filled = fillCaption('control-credits', control!.text, {
      from: 'May 1',
      to: 'May 9, 2031',
      towns: 12,
      zones: 'One zone.',
    });
    expect(filled).toContain('May 1 to May 9, 2031');
    expect(filled).not.toMatch(/\{\w+\}/);
  });

  test('a placeholder the page does not fill names the file, the caption and what it accepts', () => {
    expect(() => fillCaption('control-credits', 'Drawn from {town} towns', { towns: 3 })).toThrow(
      'content/data/captions.json: caption "control-credits" has {town}; expected only {towns}',
    );
    expect(() => fillCaption('thrusts-key', 'Main {kind} thrusts')).toThrow(
      'caption "thrusts-key" has {kind}; expected no {…} placeholders',
    );
  });
});
