import { describe, expect, it } from 'vitest';
import { framesLost } from '../../scripts/bench/scroll.mjs';

const frame = 1000 / 60;

describe('the bench counts frames lost as the reader sees them (time-weighted)', () => {
  it('counts nothing lost when every frame is on time', () => {
    expect(framesLost(Array(120).fill(frame)).lost).toBeCloseTo(0, 6);
  });

  it('counts a 283 ms freeze as the 16 frames it hid, not as one late frame', () => {
    const { lost, expected } = framesLost([...Array(59).fill(frame), 283]);
    expect(lost).toBeCloseTo(283 / frame - 1, 6);
    expect(expected).toBeCloseTo(59 + 283 / frame, 6);
  });

  it('gives the share of the frames expected', () => {
    // One second of frames with every other one missed: 60 expected, 30 produced.
    expect(framesLost(Array(30).fill(2 * frame)).percent).toBeCloseTo(50, 6);
  });
});
