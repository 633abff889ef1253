import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citedData, readingOrder, type CitedData } from '../../src/server/citations';

/**
 * Citations are numbered in reading order: first cited, first numbered, whatever order the
 * frontmatter lists the sources in.
 */
const none: CitedData = { events: {}, notes: {}, imagery: {}, aircraft: [] };

describe('reading order of citations', () => {
  test("first cited, first numbered; a step's graphic sources after its words; uncited last", () => {
    const body = [
      'Intro. <Cite source="c" />',
      '<Scrolly id="s">',
      '  <Step id="one" sources="e b" event="ev" notes="n">',
      '    Words. <Cite source="b" /> <Quote by="x" source="a">Quoted.</Quote>',
      '  </Step>',
      '</Scrolly>',
      'More. <Cite source="d" />',
    ].join('\n');
    const data: CitedData = {
      events: { ev: ['f'] },
      notes: { n: ['g'] },
      imagery: {},
      aircraft: [],
    };
    expect(readingOrder(body, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], data)).toEqual([
      'c',
      'b',
      'a',
      'e',
      'f',
      'g',
      'd',
      'h',
    ]);
  });

  test('a source a graphic shows before the text cites it takes its number in the text', () => {
    const body =
      '<Step id="one" sources="late">\n  Words. <Cite source="a" />\n</Step>\nLater. <Cite source="late" />';
    expect(readingOrder(body, ['late', 'a'], none)).toEqual(['a', 'late']);
  });

  test("ids the frontmatter does not list are left to the build's own error", () => {
    expect(readingOrder('<Cite source="x" /> <Cite source="a" />', ['a'], none)).toEqual(['a']);
  });

  test("a timeline block numbers every event's sources where it opens", () => {
    const data: CitedData = { ...none, events: { one: ['t1'], two: ['t2'] } };
    expect(
      readingOrder(
        '<Cite source="a" />\n<Scrolly id="after" graphic="timeline">\n<Cite source="b" />',
        ['b', 'a', 't2', 't1'],
        data,
      ),
    ).toEqual(['a', 't1', 't2', 'b']);
  });

  test.each([
    'content/stories/russia-syria-exit.mdx',
    'content/stories/russia-libya-air-bridge.mdx',
  ])('%s: the numbers met in the text run 1, 2, 3 ... in reading order', (file) => {
    const text = readFileSync(file, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const listed = [
      ...(/^sources:\n((?: {2}- .*\n)+)/m.exec(`${frontmatter}\n`)?.[1] ?? '').matchAll(/- (\S+)/g),
    ].map((m) => m[1] ?? '');
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    const order = readingOrder(body, listed, citedData());
    expect([...order].sort()).toEqual([...listed].sort());
    // Every source the text cites with <Cite> or <Quote>, in the order a reader meets them: each
    // newly met source has a higher number than any met before it.
    const met: string[] = [];
    for (const match of body.matchAll(/<(?:Cite|Quote)\b[^>]*\bsource="([^"]+)"/g))
      if (!met.includes(match[1] ?? '')) met.push(match[1] ?? '');
    const numbers = met.map((id) => order.indexOf(id) + 1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(1);
  });
});
