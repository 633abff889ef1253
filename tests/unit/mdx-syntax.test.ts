import { describe, expect, test } from 'vitest';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxSyntaxProblems } from '../../src/server/mdx/mdx-syntax';
import type { MdxNode } from '../../src/server/mdx/mdx-tree';
import { remarkStoryComponents } from '../../src/server/mdx/remark-story-components';

const story = (steps: string) =>
  `---\nheadline: A test\n---\n\nIntro.\n\n<Scrolly id="advance">\n${steps}</Scrolly>\n`;
const props = 'id="one" view="syria" alt="A map of Syria with Aleppo marked."';

/** The story check's message for a body in content/stories/test.mdx listing `sources`, or '' when it passes. */
function checkMessage(body: string, sources: string[]): string {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  try {
    remarkStoryComponents()(tree, {
      path: `${process.cwd()}/content/stories/test.mdx`,
      data: { astro: { frontmatter: { sources } } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('mistakes the MDX parser would report in its own words', () => {
  test('none in the stories', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const file of readdirSync('content/stories'))
      expect(mdxSyntaxProblems(readFileSync(`content/stories/${file}`, 'utf8'))).toEqual([]);
  });

  test('a misspelt component with its closing tag right: the line of the misspelling, "did you mean <Step>"', () => {
    const problems = mdxSyntaxProblems(story(`  <Stpe ${props}>\n    Aleppo fell.\n  </Step>\n`));
    expect(problems).toEqual([
      {
        line: 8,
        column: 3,
        message:
          '<Stpe> is not a story component (did you mean <Step>?); its closing tag </Step> is on line 10. Correct the opening tag to <Step>',
      },
    ]);
  });

  test('an unclosed step: the line where it opens', () => {
    const problems = mdxSyntaxProblems(
      story(
        `  <Step ${props}>\n    Aleppo fell.\n\n  <Step id="two" view="syria" alt="A map of Syria with Hama marked.">\n    Hama fell.\n  </Step>\n`,
      ),
    );
    expect(problems).toEqual([
      {
        line: 8,
        column: 3,
        message:
          '<Step> opened on line 8 is never closed; expected </Step> after its text, before </Scrolly> on line 14',
      },
    ]);
  });

  test('a step left open at the end of the file', () => {
    expect(mdxSyntaxProblems(`Intro.\n\n<Step ${props}>\n  Aleppo fell.\n`)).toEqual([
      {
        line: 3,
        column: 1,
        message: '<Step> opened on line 3 is never closed; expected </Step> after its text',
      },
    ]);
  });

  test('curly quotes around a value: "use straight quotes", with the value rewritten', () => {
    const problems = mdxSyntaxProblems(
      story(
        `  <Step id="one" view=“syria” alt="A map of Syria with Aleppo marked.">\n    Aleppo fell.\n  </Step>\n`,
      ),
    );
    expect(problems).toEqual([
      {
        line: 8,
        column: 3,
        message:
          '<Step> view=“syria”: the value is in curly quotes (“ ”), which a word processor puts in; use straight quotes: view="syria"',
      },
    ]);
  });

  test("curly quotes in the text itself are the story's typography, not a mistake", () => {
    expect(
      mdxSyntaxProblems(
        story(`  <Step ${props}>\n    He said “Several groups” were trapped.\n  </Step>\n`),
      ),
    ).toEqual([]);
  });
});

describe('an unknown source', () => {
  test('<Cite> of a source no data file has: not in sources.json, how to add one, only close spellings', () => {
    const message = (source: string) =>
      checkMessage(`Intro.\n\nAssad left. <Cite source="${source}" />\n`, [
        'rt-ria-2024-12-16',
        'newsweek-2024-12',
      ]);
    expect(message('reuters-2024-12-06')).toMatch(
      /content\/stories\/test\.mdx:3 <Cite source="reuters-2024-12-06">\n\s+source: got "reuters-2024-12-06", which is not in content\/data\/sources\.json \(a similar id there: "reuters-2024-12-13"; check it is the report you mean\)\. To cite a new source, add it to content\/data\/sources\.json/,
    );
    expect(message('reuters-2024-12-06')).not.toMatch(/rt-ria/);
    expect(message('rt-ria-2024-12-61')).toMatch(
      /not in content\/data\/sources\.json \(a similar id there: "rt-ria-2024-12-16"; check it is the report you mean\)/,
    );
  });
});

describe('the build', () => {
  test('names the file and line of a syntax mistake, once, without a stack trace', async () => {
    const { storySyntax } = await import('../../src/server/integrations/story-syntax');
    let plugin: { transform: { handler: (code: string, id: string) => unknown } } | undefined;
    const setup = storySyntax().hooks['astro:config:setup'] as (options: unknown) => void;
    setup({
      updateConfig: (config: { vite: { plugins: (typeof plugin)[] } }) =>
        void (plugin = config.vite.plugins[0]),
    });
    const id = `${process.cwd()}/content/stories/broken.mdx`;
    let thrown: Error | undefined;
    try {
      plugin?.transform.handler(story(`  <Stpe ${props}>\n    Aleppo fell.\n  </Step>\n`), id);
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown?.message).toBe(
      'The story cannot be read:\n  content/stories/broken.mdx:8 <Stpe> is not a story component (did you mean <Step>?); its closing tag </Step> is on line 10. Correct the opening tag to <Step>\n',
    );
    expect(thrown?.stack).toBe(`ContentError: ${thrown?.message}`);
    expect(thrown).toMatchObject({ loc: { file: id, line: 8, column: 3 } });
  });
});

describe('the root cause first', () => {
  test('a malformed date is reported, not the snapshot that no longer overlaps it', () => {
    const message = checkMessage(
      'Intro.\n\n<Scrolly id="advance">\n  <Step id="hama" view="hama-homs" date="2024-12-5" control="hama" alt="Map of central Syria with Hama marked.">\n    Hama fell.\n  </Step>\n</Scrolly>\n',
      [],
    );
    expect(message).toMatch(
      /content\/stories\/test\.mdx:4 .*\n\s+date: got "2024-12-5"; expected a date as YYYY-MM-DD/,
    );
    expect(message).not.toMatch(/does not overlap/);
  });
});
