import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { idFrom } from '../../src/server/schemas/id-from';
import { liveFile } from '../../src/server/schemas/live-file';
import { readIds } from '../../src/server/schemas/read-ids';

/** `astro dev` builds the schemas once: they must still accept an id saved into a data file later. */
const folder = mkdtempSync(join(tmpdir(), 'live-data-'));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('a schema built once accepts a place added to the file afterwards, and names it in its suggestions', () => {
  const file = join(folder, 'places.json');
  writeFileSync(file, JSON.stringify([{ id: 'hama' }]));
  const placeId = idFrom('a place id from content/data/places.json', liveFile(file, readIds));
  expect(placeId.safeParse('tartus').error?.issues[0]?.message).toBe(
    'got "tartus"; expected a place id from content/data/places.json: hama',
  );

  writeFileSync(file, JSON.stringify([{ id: 'hama' }, { id: 'tartus' }]));
  // Saved within the same millisecond as the first write on a fast disk: make the change visible.
  utimesSync(file, new Date(), new Date(Date.now() + 1000));
  expect(placeId.safeParse('tartus').success).toBe(true);
  expect(placeId.safeParse('tartous').error?.issues[0]?.message).toBe(
    'got "tartous" (did you mean "tartus"?); expected a place id from content/data/places.json: hama, tartus',
  );
});
