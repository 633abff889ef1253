import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, test } from 'vitest';
import type { MdxNode } from '../../src/server/mdx/mdx-tree';
import { describeSyntaxProblems, mdxSyntaxProblems } from '../../src/server/mdx/mdx-syntax';
import { remarkStoryComponents } from '../../src/server/mdx/remark-story-components';
import { ContentFixture, storyFile } from './content-fixture';

/**
 * The mistakes a journalist makes, one test each, made in a copy of the real story and data.
 * Each message must name the file (and line where there is one), the step or entry, the bad
 * value, what was expected and, for a typo, the likely intended value: the message is the whole
 * help a journalist gets (EDITING.md quotes these messages).
 *
 * Mistakes in the story's text are checked as the build checks them (the remark plugin over the
 * edited MDX, in-process: fast); one test runs a real `astro build` to prove such a mistake
 * stops it with the same message. Mistakes in data files and frontmatter go through the content
 * config in-process; one test runs a real `astro sync` to prove such a mistake stops it, printed plainly.
 */

const storyPath = `content/${storyFile}`;
const realStory = readFileSync(storyPath, 'utf8');

/** The message the build gives for the story after `change`, or '' when it passes. */
function storyMessage(change: (text: string) => string): string {
  const text = change(realStory);
  if (text === realStory) throw new Error('the edit changed nothing in the story');
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!frontmatter) throw new Error('the story has no frontmatter');
  const sources = [
    ...(/^sources:\n((?: {2}- .*\n)+)/m.exec(frontmatter[1] + '\n')?.[1] ?? '').matchAll(
      /- (\S+)/g,
    ),
  ].map((m) => m[1] ?? '');
  // Blank lines in place of the frontmatter keep the line numbers the file's own, as Astro does.
  const body =
    '\n'.repeat(frontmatter[0].split('\n').length - 1) + text.slice(frontmatter[0].length);
  // As the build: the text's syntax first (story-syntax.ts), then the components.
  const problems = mdxSyntaxProblems(text);
  if (problems.length > 0) return describeSyntaxProblems(storyPath, problems);
  try {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
    remarkStoryComponents()(tree, {
      path: `${process.cwd()}/${storyPath}`,
      data: { astro: { frontmatter: { sources } } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

/** The 1-based line of the first line of the story containing `needle`. */
function lineOf(needle: string): number {
  const index = realStory.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`the story has no line with ${needle}`);
  return index + 1;
}

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

function validateWith(file: string, change: (text: string) => string): Promise<string> {
  fixture = new ContentFixture().edit(file, change);
  return fixture.validate();
}

describe('mistakes in the story text (checked as the build compiles the MDX)', () => {
  test('the real story passes', () => {
    expect(storyMessage((text) => `${text}\n`)).toBe('');
  });

  test('a misspelt component: file and line, the name, the component meant', () => {
    const message = storyMessage((text) =>
      text.replace(
        'A second channel, RAG\\&E, gave a similar account, which UAWire summarized and Newsweek quoted. <Cite',
        'A second channel, RAG\\&E, gave a similar account, which UAWire summarized and Newsweek quoted. <Cit',
      ),
    );
    expect(message).toContain(`${storyPath}:${lineOf('A second channel, RAG\\&E')} <Cit>`);
    expect(message).toContain(
      'not a story component (did you mean <Cite>?); expected one of: <AircraftCompare>, <AirliftEstimate>, <Cite>, <Imagery>, <Map>, <Quote>, <Scrolly>, <Step>',
    );
  });

  test('a misspelt opening tag whose closing tag is right: the line of the misspelling and the tag meant', () => {
    const message = storyMessage((text) =>
      text.replace('<Quote by="Fighterbomber', '<Qoute by="Fighterbomber'),
    );
    const line = lineOf('<Quote by="Fighterbomber');
    expect(message).toBe(
      `The story cannot be read:\n  ${storyPath}:${line} <Qoute> is not a story component (did you mean <Quote>?); its closing tag </Quote> is on line ${line}. Correct the opening tag to <Quote>\n`,
    );
  });

  test('a misspelt prop of a step: the step, the prop, the prop meant and the list', () => {
    const message = storyMessage((text) =>
      text.replace(
        'id="hama-falls" view="hama-homs" highlight=',
        'id="hama-falls" view="hama-homs" higlight=',
      ),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('id="hama-falls"')} <Scrolly id="advance"> <Step> 4 ("On December 1 Turkish-backed factions took ...")`,
    );
    expect(message).toContain(
      'higlight: not a prop of <Step> (did you mean "highlight"?); expected one of: id, view, event, highlight,',
    );
  });

  test('a misspelt prop of a block is not silently ignored', () => {
    const message = storyMessage((text) =>
      text.replace(
        '<Scrolly id="aftermath" graphic="timeline">',
        '<Scrolly id="aftermath" grafic="timeline">',
      ),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('<Scrolly id="aftermath"')} <Scrolly id="aftermath">`,
    );
    expect(message).toContain(
      'grafic: not a prop of <Scrolly> (did you mean "graphic"?); expected id="...", graphic="..."',
    );
  });

  test('a misspelt prop of a citation', () => {
    const message = storyMessage((text) =>
      text.replace(
        'reported that he and his family had arrived and been granted asylum on humanitarian grounds. <Cite source=',
        'reported that he and his family had arrived and been granted asylum on humanitarian grounds. <Cite sorce=',
      ),
    );
    expect(message).toContain(
      'sorce: not a prop of <Cite> (did you mean "source"?); expected source="..."',
    );
    expect(message).toContain(
      'source: got nothing; expected a source id from the story\'s "sources"',
    );
  });

  test('an unknown view: the value, the view meant and the views there are', () => {
    const message = storyMessage((text) =>
      text.replace('id="advance-before" view="syria"', 'id="advance-before" view="syri"'),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('id="advance-before"')} <Scrolly id="advance"> <Step> 2 ("Before it, the government held most ...")`,
    );
    expect(message).toMatch(
      /view: got "syri" \(did you mean "syria"\?\); expected a view id from content\/data\/views\.json: syria, northwest, aleppo, /,
    );
  });

  test('an unknown place in a highlight', () => {
    const message = storyMessage((text) =>
      text.replace('highlight="idlib aleppo"', 'highlight="idlib alepo"'),
    );
    expect(message).toContain('<Step> 2 ("Before it, the government held most ...")');
    expect(message).toMatch(
      /highlight: got "alepo" \(did you mean "aleppo"\?\); expected place ids from content\/data\/places\.json: damascus, aleppo, /,
    );
  });

  test('a cited source the story does not list', () => {
    const message = storyMessage((text) =>
      text.replace(
        `A second channel, RAG\\&E, gave a similar account, which UAWire summarized and Newsweek quoted. <Cite source="newsweek-2024-12" />`,
        `A second channel, RAG\\&E, gave a similar account, which UAWire summarized and Newsweek quoted. <Cite source="newsweek-2024-21" />`,
      ),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('A second channel, RAG\\&E')} <Cite source="newsweek-2024-21">`,
    );
    expect(message).toContain(
      'source: got "newsweek-2024-21", which is not in content/data/sources.json (a similar id there: "newsweek-2024-12"; check it is the report you mean). To cite a new source, add it to content/data/sources.json',
    );
  });

  test("a source cited but missing from the story's list says where to add it", () => {
    const message = storyMessage((text) => text.replace('  - rusi-2024-12-31\n', ''));
    // One line fewer above the step: the frontmatter lost a line.
    expect(message).toContain(
      `${storyPath}:${lineOf('id="after-dec-31"') - 1} <Scrolly id="aftermath"> <Step> 5`,
    );
    expect(message).toContain(
      'sources: got "rusi-2024-12-31", which content/data/sources.json has but the story\'s "sources" list (in the frontmatter) does not; expected it added there as "  - rusi-2024-12-31"',
    );
    expect(message).toMatch(
      /<Cite source="rusi-2024-12-31">\n\s+source: got "rusi-2024-12-31", which content\/data\/sources\.json has/,
    );
  });

  test('an unknown event in a timeline step', () => {
    const message = storyMessage((text) =>
      text.replace('event="peskov-on-bases"', 'event="peskov-on-base"'),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('event="peskov-on-bases"')} <Scrolly id="aftermath"> <Step> 1 ("December 9, 2024. Kremlin spokesman Dmitry ...")`,
    );
    expect(message).toContain(
      'event: got "peskov-on-base" (did you mean "peskov-on-bases"?); expected an event id from content/data/events.json: ',
    );
  });

  test('a date that is not a real day', () => {
    const message = storyMessage((text) =>
      text.replace(
        'id="damascus-falls" view="damascus" highlight="damascus" date="2024-12-08"',
        'id="damascus-falls" view="damascus" highlight="damascus" date="2024-11-31"',
      ),
    );
    expect(message).toContain('<Step> 8 ("The same day the rebels swept ...")');
    expect(message).toContain(
      'date: got "2024-11-31"; expected a date as YYYY-MM-DD, or a range as YYYY-MM-DD/YYYY-MM-DD with the later date second',
    );
  });

  test('a step without its required text alternative', () => {
    const message = storyMessage((text) =>
      text.replace(/(id="damascus-falls"[^>]*?) alt="[^"]*"/, '$1'),
    );
    expect(message).toContain('<Step> 8 ("The same day the rebels swept ...")');
    expect(message).toContain(
      'alt: got nothing (the field is missing); expected a text alternative: one or two sentences saying what the graphic shows at this step',
    );
  });

  test('a step id used twice', () => {
    const message = storyMessage((text) =>
      text.replace('<Step id="damascus-falls"', '<Step id="homs-falls"'),
    );
    expect(message).toContain('<Step> 8 ("The same day the rebels swept ...")');
    expect(message).toContain(
      `id: got "homs-falls", already used by the step on line ${lineOf('id="homs-falls"')}; expected an id unique in the story`,
    );
  });

  test('a block id used twice', () => {
    const message = storyMessage((text) =>
      text.replace('<Scrolly id="exit">', '<Scrolly id="advance">'),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('<Scrolly id="exit">')} <Scrolly id="advance">`,
    );
    expect(message).toContain(
      `id: got "advance", already used by the block on line ${lineOf('<Scrolly id="advance">')}; expected an id unique in the story`,
    );
  });

  test('a step without text', () => {
    const message = storyMessage((text) =>
      text.replace(
        '    The same day the rebels swept into Damascus and declared Assad\'s rule over. <Cite source="gulfnews-afp-2024-12-08" /> A TASS source later said the opposition had held Latakia province and the city of Tartus since that day. <Cite source="bcfausa-isw-2024-12-09" />\n',
        '',
      ),
    );
    expect(message).toContain(
      `${storyPath}:${lineOf('id="damascus-falls"')} <Scrolly id="advance"> <Step> 8 ("no text")`,
    );
    expect(message).toContain(
      'text: got no text; expected the words the reader reads at this step',
    );
  });

  test('such a mistake stops `astro build`, with the same message and the line as its location', () => {
    fixture = new ContentFixture({ copyCode: true }).edit(storyFile, (text) =>
      text.replace('id="advance-before" view="syria"', 'id="advance-before" view="syri"'),
    );
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${storyPath}:${lineOf('id="advance-before"')} <Scrolly id="advance"> <Step> 2`,
    );
    expect(output).toContain('view: got "syri" (did you mean "syria"?)');
    expect(output).toMatch(
      new RegExp(`russia-syria-exit\\.mdx:${lineOf('id="advance-before"')}:\\d+`),
    );
    // Once, and without our code's functions under it (story-syntax.ts checks before the compiler).
    expect(output.split('view: got "syri"').length).toBe(2);
    expect(output).not.toMatch(/^\s+at /m);
  }, 120_000);
});

describe('mistakes in data files and frontmatter (the content config, in-process)', () => {
  test('malformed JSON: the file, line and column, the line itself, and the usual cause', async () => {
    const output = await validateWith('data/places.json', (text) =>
      text.replace('"id": "hama",', '"id": "hama"'),
    );
    const line =
      readFileSync('content/data/places.json', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"name": "Hama"')) + 1;
    expect(output).toContain(
      `content/data/places.json:${line}:5: not valid JSON (Expected ',' or '}' after property value).`,
    );
    expect(output).toContain(
      `    ${line - 1} |     "id": "hama"\n    ${line} |     "name": "Hama",\n${' '.repeat(4 + String(line).length + 3 + 4)}^`,
    );
    expect(output).toContain(
      'usually a comma missing between two entries or fields, a comma after the last one, or a missing quote',
    );
  });

  test('such a mistake stops `astro sync`, with the same message printed plainly', () => {
    fixture = new ContentFixture().edit('data/places.json', (text) =>
      text.replace('"id": "hama",', '"id": "hama"'),
    );
    const { status, output } = fixture.sync();
    expect(status).not.toBe(0);
    const line =
      readFileSync('content/data/places.json', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"name": "Hama"')) + 1;
    expect(output).toContain(
      `content/data/places.json:${line}:5: not valid JSON (Expected ',' or '}' after property value).`,
    );
    expect(output).not.toContain('Caused by');
    expect(output).not.toMatch(/^\s+at /m);
  }, 180_000);

  test('an id used twice in a data file: both entries and the line of the second', async () => {
    const output = await validateWith('data/places.json', (text) =>
      text.replace('"id": "homs",', '"id": "hama",'),
    );
    expect(output).toMatch(
      /content\/data\/places\.json: entry \d+ has the id "hama", already used by entry \d+; expected every id in the file to be different/,
    );
    const line =
      readFileSync('content/data/places.json', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"id": "homs"')) + 1;
    expect(output).toMatch(new RegExp(`places\\.json:${line}:\\d+`));
  });

  test('a required field missing from a data entry: the entry, the field, what it should be', async () => {
    const output = await validateWith('data/places.json', (text) =>
      text.replace('"lat": 35.1318,\n', ''),
    );
    expect(output).toContain('places → hama data does not match collection schema.');
    expect(output).toContain(
      'lat: got nothing (the field is missing); expected a latitude in decimal degrees between -90 and 90, e.g. 33.5102',
    );
  });

  test('an unknown place in an event: the event, the value, the place meant', async () => {
    const output = await validateWith('data/events.json', (text) =>
      text
        .replace('"places": ["hama"]', '"places": ["hamah"]')
        .replace(/("id": "hama-falls",[\s\S]*?"places": \[\s*)"hama"/, '$1"hamah"'),
    );
    expect(output).toContain('events → hama-falls data does not match collection schema.');
    expect(output).toMatch(
      /places\.0: got "hamah" \(did you mean "hama"\?\); expected a place id from content\/data\/places\.json: damascus, /,
    );
  });

  test('a source id in the frontmatter that sources.json does not have', async () => {
    const output = await validateWith(storyFile, (text) =>
      text.replace('  - rusi-2024-12-31\n', '  - rusi-2024-12-13\n'),
    );
    expect(output).toContain('stories → russia-syria-exit data does not match collection schema.');
    expect(output).toMatch(
      /sources\.\d+: got "rusi-2024-12-13" \(did you mean "rusi-2024-12-31"\?\); expected a source id from content\/data\/sources\.json: /,
    );
  });

  test('a bad date in a source: the entry, the value, the form expected', async () => {
    const output = await validateWith('data/sources.json', (text) =>
      text.replace(/("id": "rusi-2024-12-31",[\s\S]*?"date": )"[^"]+"/, '$1"31 December 2024"'),
    );
    expect(output).toContain('sources → rusi-2024-12-31 data does not match collection schema.');
    expect(output).toContain(
      'date: got "31 December 2024"; expected a date as YYYY-MM-DD or YYYY-MM',
    );
  });
});
