import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

/**
 * The engine in src/ names no story: the words it must not contain are read from content/ (places,
 * people, aircraft, factions, dates, focus countries), so a new story's names are covered too.
 */

const read = <T>(file: string): T => JSON.parse(readFileSync(join('content', file), 'utf8')) as T;
type Row = Record<string, unknown>;

/**
 * Words that content uses but that say nothing about a story: map vocabulary, place-kind words,
 * month names (dates are checked as dates) and the plain English inside names.
 */
const generic = new Set([
  // map and place vocabulary
  'air',
  'base',
  'bases',
  'airport',
  'airbase',
  'international',
  'naval',
  'facility',
  'garrison',
  'town',
  'city',
  'approx',
  'east',
  'eastern',
  'south',
  'southern',
  'north',
  'sea',
  'heights',
  'black',
  // factions and sources, generic words in their names
  'government',
  'groups',
  'coalition',
  'institute',
  'study',
  'services',
  'united',
  'royal',
  'news',
  'today',
  'channel',
  'military',
  'blogger',
  'blogging',
  'translation',
  'speaking',
  'army',
  'free',
  'and',
  'the',
  'for',
  'us',
  'war',
  'led',
  'jets',
  'days',
  'left',
  'keeping',
  'only',
  'future',
  'discussion',
  'still',
  'under',
  'shrank',
  'footprint',
  'coastal',
  'months',
  'after',
  'from',
  'within',
  'week',
  'weeks',
  'cargo',
  'planes',
  'turned',
  'toward',
  'fled',
  'two',
  'media',
  'zone',
  'live',
  'drive',
  'world',
  'times',
  'press',
  'agency',
  // months: a story's days are matched as dates, its years as years
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Words of a name: letters and digits runs; capitalised or acronym tokens only where `names` is set. */
function words(text: string, { names = false } = {}): string[] {
  const tokens = text.match(/[\p{L}\d]+/gu) ?? [];
  return tokens.filter((token) => {
    if (names && !/^\p{Lu}/u.test(token)) return false;
    const acronym = /^\p{Lu}{2,}$/u.test(token);
    return token.length >= 4 || (acronym && token.length >= 3);
  });
}

function frontmatter(file: string): Row {
  const text = readFileSync(join('content/stories', file), 'utf8');
  const yaml = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return load(yaml) as Row;
}

/** Every story word, with where it comes from (for the failure message). */
function storyTerms(): Map<string, string> {
  const terms = new Map<string, string>();
  const add = (term: string, from: string) => {
    const key = term.toLowerCase();
    if (!generic.has(key) && !terms.has(key)) terms.set(key, from);
  };

  for (const place of read<Row[]>('data/places.json')) {
    for (const field of ['name', 'label', 'shortLabel'])
      for (const word of words(String(place[field] ?? '')))
        add(word, `place ${String(place['id'])}`);
    for (const word of String(place['id']).split(/[_-]/))
      if (word.length >= 4) add(word, `place ${String(place['id'])}`);
  }
  for (const label of read<Row[]>('data/map-labels.json'))
    for (const word of words(String(label['text']))) add(word, `map label ${String(label['id'])}`);
  for (const faction of read<Row[]>('data/control/factions.json')) {
    add(
      String(faction['id']).length >= 3 ? String(faction['id']) : '',
      `faction ${String(faction['id'])}`,
    );
    for (const field of ['label', 'mapLabel'])
      for (const word of words(String(faction[field] ?? ''), { names: true }))
        add(word, `faction ${String(faction['id'])}`);
  }
  for (const aircraft of read<Row[]>('data/aircraft.json')) {
    add(String(aircraft['id']), `aircraft ${String(aircraft['id'])}`);
    add(String(aircraft['shortName']), `aircraft ${String(aircraft['id'])}`);
    for (const word of words(String(aircraft['name'])))
      add(word, `aircraft ${String(aircraft['id'])}`);
  }
  for (const source of read<Row[]>('data/sources.json'))
    for (const word of words(String(source['publisher']), { names: true }))
      add(word, `source ${String(source['id'])}`);

  const days = new Set<string>();
  for (const event of read<Row[]>('data/events.json'))
    for (const field of ['date', 'dateTo'])
      if (typeof event[field] === 'string') days.add(event[field]);
  for (const snapshot of read<Row[]>('data/control/snapshots.json'))
    for (const field of ['date', 'dateTo'])
      if (typeof snapshot[field] === 'string') days.add(snapshot[field]);

  for (const file of readdirSync('content/stories').filter((name) => name.endsWith('.mdx'))) {
    const story = frontmatter(file);
    if (typeof story['focusCountry'] === 'string')
      add(story['focusCountry'], `${file} focusCountry`);
    for (const field of ['kicker', 'headline', 'dek'])
      for (const word of words(String(story[field] ?? ''), { names: true }))
        add(word, `${file} ${field}`);
    // The period a story counts its days from ("offensive"): the engine says "period".
    if (typeof story['dayCountOf'] === 'string')
      for (const word of words(story['dayCountOf'])) add(word, `${file} dayCountOf`);
    for (const field of ['published', 'updated'])
      if (typeof story[field] === 'string') days.add(story[field].slice(0, 10));
    const text = readFileSync(join('content/stories', file), 'utf8');
    for (const [, by] of text.matchAll(/<Quote[^>]*\bby="([^"]+)"/g))
      for (const word of words(by ?? '', { names: true })) add(word, `${file} <Quote by>`);
  }
  for (const day of days) {
    add(day, 'a dated event, snapshot or story');
    add(day.slice(0, 4), 'the year of a dated event, snapshot or story');
  }
  terms.delete('');
  return terms;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Long words match as prefixes ("syria" finds "Syrian"), short ones as whole words. */
function pattern(term: string): RegExp {
  const end = term.length >= 5 ? '' : '(?![\\p{L}\\d])';
  return new RegExp(`(?<![\\p{L}\\d])${escape(term)}${end}`, 'iu');
}

/** Lines of src/ that name a story term: "file:line: term (from)". */
function storyWordsIn(dir: string, terms: Map<string, string>): string[] {
  const patterns = [...terms].map(([term, from]) => ({ term, from, re: pattern(term) }));
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const { term, from, re } of patterns)
        if (re.test(line)) found.push(`${file}:${index + 1}: "${term}" (${from})`);
    });
  }
  return found;
}

describe('src/ is story-free', () => {
  const terms = storyTerms();

  test('the words are read from content: places, aircraft, factions, people, dates', () => {
    const sample = [
      'khmeimim',
      'il-76',
      'hts',
      'harchaoui',
      '2024-12-08',
      '2024',
      'syria',
      'libya',
    ];
    for (const term of sample) expect(terms.has(term), term).toBe(true);
    expect(terms.has('base')).toBe(false);
  });

  test('a story word put into src/ is found, in code or in a comment', () => {
    const probe = {
      text: '// drawn at Khmeimim\nconst kind = "il-76";\n.holder-hts {}',
      lines: [] as string[],
    };
    const patterns = [...terms.keys()].map((term) => pattern(term));
    probe.lines = probe.text.split('\n').filter((line) => patterns.some((re) => re.test(line)));
    expect(probe.lines).toHaveLength(3);
  });

  test('src/ names none of them', () => {
    expect(storyWordsIn('src', terms)).toEqual([]);
  });
});

/**
 * Where on Earth the maps are centred is the story's: a projection's rotation, centre or
 * parallels written as numbers in src/ would tie every fork to this region.
 */
const projectionNumbers = [
  // A number other than 0 (no rotation, the centre's longitude on the central meridian).
  /\.(rotate|center|parallels)\(\s*\[[^\]]*?(?<![\w.])-?(?:[1-9]|0\.\d)/,
  /\b(centralMeridian|originLatitude)\s*[:=]\s*-?\d/,
  /\bparallels\s*[:=]\s*\[\s*-?\d/,
];

function projectionNumbersIn(dir: string): string[] {
  return filesUnder(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        projectionNumbers.some((re) => re.test(line))
          ? [`${file}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

describe('src/ holds no map projection of its own', () => {
  test('a projection written with numbers is found', () => {
    const probe = [
      'geoConicConformal().parallels([34, 52])',
      '.rotate([-37, 0])',
      'centralMeridian: 37,',
      'parallels: [34, 52] as [number, number],',
    ];
    for (const line of probe)
      expect(
        projectionNumbers.some((re) => re.test(line)),
        line,
      ).toBe(true);
    expect(projectionNumbers.some((re) => re.test('.center([0, 44])'))).toBe(true);
    for (const line of ['.rotate([-p.centralMeridian, 0])', '.center([0, p.originLatitude])'])
      expect(
        projectionNumbers.some((re) => re.test(line)),
        line,
      ).toBe(false);
  });

  test('src/ reads it from content/data/projection.json', () => {
    expect(projectionNumbersIn('src')).toEqual([]);
  });
});
