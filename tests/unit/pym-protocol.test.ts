import { describe, expect, test } from 'vitest';
import {
  isAcceptedOrigin,
  isValidChildId,
  makeMessage,
  parseParentMessage,
} from '../../src/client/embed/pym-protocol';

const id = 'pym-0-ab12c';
const message = (type: string, body: string, childId = id) =>
  ['pym', childId, type, body].join('xPYMx');

describe('pym messages to the parent', () => {
  test('are in pym.js wire format', () => {
    expect(makeMessage(id, 'height', '1234')).toBe('pymxPYMxpym-0-ab12cxPYMxheightxPYMx1234');
    expect(makeMessage(id, 'parentPositionInfo')).toBe(
      'pymxPYMxpym-0-ab12cxPYMxparentPositionInfoxPYMx',
    );
  });

  test('use only child ids the parent can match safely', () => {
    expect(isValidChildId(id)).toBe(true);
    expect(isValidChildId('example_embed')).toBe(true);
    for (const bad of [null, '', 'a.b', 'x$', '(.*)', 'a'.repeat(65)])
      expect(isValidChildId(bad)).toBe(false);
  });
});

describe('messages from the parent', () => {
  test('viewport-iframe-position as pym.js sends it (fractional and negative positions)', () => {
    expect(
      parseParentMessage(message('viewport-iframe-position', '390 844 -1523.5 0 2671.25 390'), id),
    ).toEqual({
      type: 'viewport-iframe-position',
      viewportWidth: 390,
      viewportHeight: 844,
      top: -1523.5,
      left: 0,
      bottom: 2671.25,
      right: 390,
    });
  });

  test('width', () => {
    expect(parseParentMessage(message('width', '390'), id)).toEqual({ type: 'width', width: 390 });
  });

  test.each([
    ['another child', message('width', '390', 'pym-1-zzzzz')],
    ['an unknown type', message('navigateTo', 'javascript:alert(1)')],
    ['a reserved child type', message('height', '400')],
    ['too few numbers', message('viewport-iframe-position', '390 844 0 0 100')],
    ['a non-number', message('viewport-iframe-position', '390 844 NaN 0 100 390')],
    ['an expression', message('viewport-iframe-position', '390 844 1e9 0 100 390')],
    ['a negative viewport', message('viewport-iframe-position', '-390 844 0 0 100 390')],
    ['a box upside down', message('viewport-iframe-position', '390 844 500 0 100 390')],
    ['an absurd size', message('width', '99999999')],
    ['a zero width', message('width', '0')],
    ['an extra delimiter', `${message('width', '390')}xPYMx1`],
    ['another prefix', message('width', '390').replace(/^pym/, 'pim')],
    ['an object', { 'datawrapper-height': { x: 1 } }],
    ['a huge string', message('width', '3'.repeat(400))],
  ])('ignores %s', (_, data) => {
    expect(parseParentMessage(data, id)).toBeNull();
  });
});

describe('origins', () => {
  test('any parent when none are configured, else only those listed', () => {
    expect(isAcceptedOrigin('https://news.example', [])).toBe(true);
    expect(isAcceptedOrigin('https://news.example', ['https://news.example'])).toBe(true);
    expect(isAcceptedOrigin('https://evil.example', ['https://news.example'])).toBe(false);
  });
});
