import { describe, expect, test } from 'vitest';
import {
  crossCheckData,
  stepCrossWarnings,
  type CrossCheckData,
} from '../../src/server/content/cross-checks';

const data: CrossCheckData = {
  names: new Map([
    ['Hama', ['hama']],
    ['Homs', ['homs']],
    ['Saraqib', ['saraqib']],
  ]),
  towns: [
    {
      name: 'Hama',
      place: 'hama',
      held: [{ snapshot: 'before' }, { snapshot: 'hama', sources: ['afp', 'reuters'] }],
    },
    {
      name: 'Homs',
      place: 'homs',
      held: [{ snapshot: 'before' }, { snapshot: 'homs', sources: ['afp'] }],
    },
  ],
  snapshots: new Map([
    ['before', ['wiki']],
    ['hama', ['afp']],
    ['homs', ['afp']],
  ]),
};

describe('checks across files (warnings)', () => {
  test('a town changing hands on a source its snapshot does not list', () => {
    expect(
      stepCrossWarnings(
        { alt: 'Map of central Syria with Hama marked.', highlight: ['hama'], control: 'hama' },
        data,
      ),
    ).toEqual([
      'Hama changes hands at snapshot "hama" on reuters, which the snapshot does not list: add it to its "sources" in content/data/control/snapshots.json, and say so in its "basis"',
    ]);
  });

  test('an alt naming a town that changes hands at the step, which the step does not highlight', () => {
    expect(
      stepCrossWarnings(
        {
          alt: "Map of central Syria: Homs turns to the coalition's colour; Saraqib, to the north.",
          highlight: ['saraqib'],
          control: 'homs',
        },
        data,
      ),
    ).toEqual([
      'alt names Homs (homs), changing hands at snapshot "homs", but the step does not highlight it: add it to highlight="...", or make the alt say what the map shows',
    ]);
    // Places named for orientation, which do not change hands here, need no highlight.
    expect(
      stepCrossWarnings(
        { alt: 'Homs turns; Hama and Saraqib to the north.', highlight: ['homs'], control: 'homs' },
        data,
      ),
    ).toEqual([]);
  });

  test('the real data: the two warnings the story has now, for its editors to settle', () => {
    const real = crossCheckData();
    expect(
      stepCrossWarnings(
        {
          alt: "North of Aleppo, Tal Rifaat turns to the Turkish-backed SNA's colour.",
          highlight: ['hama'],
          control: 'hama',
        },
        real,
      ),
    ).toEqual([
      expect.stringMatching(
        /^alt names Tal Rifaat \(tal_rifaat\), changing hands at snapshot "hama"/,
      ),
    ]);
  });
});
