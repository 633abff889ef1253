import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from '../schemas/content-error';
import { describeSyntaxProblems, mdxSyntaxProblems } from '../mdx/mdx-syntax';
import type { MdxNode } from '../mdx/mdx-tree';
import { remarkStoryComponents } from '../mdx/remark-story-components';
import { rememberStory } from '../content/story-index';

/**
 * Checks a story before the MDX compiler reads it, so that its mistakes stop the build in the
 * project's words, once, with the file and line and without a stack trace (the compiler adds
 * its own to whatever its plugins throw): first the text's syntax (mdx-syntax.ts: a misspelt
 * tag, an unclosed <Step>, curly quotes), then its components (remark-story-components.ts,
 * which the compiler runs again to hand each block its states). Build and dev server.
 */
export function checkStory(code: string, id: string): void {
  const file = relative(process.cwd(), id);
  const problems = mdxSyntaxProblems(code);
  const first = problems[0];
  if (first)
    throw new ContentError(describeSyntaxProblems(file, problems), {
      file: id,
      line: first.line,
      column: first.column,
    });
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(code);
  let data: unknown;
  try {
    data = frontmatter ? load(frontmatter[1] ?? '') : {};
  } catch {
    return; // A broken frontmatter is the content collection's to report, with its own location.
  }
  // Blank lines in place of the frontmatter keep the line numbers the file's own, as Astro does.
  const text = frontmatter ? code.slice(frontmatter[0].length) : code;
  const body = frontmatter ? '\n'.repeat(frontmatter[0].split('\n').length - 1) + text : code;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  const frontmatterData = (data ?? {}) as Record<string, unknown>;
  try {
    remarkStoryComponents()(tree, { path: id, data: { astro: { frontmatter: frontmatterData } } });
  } catch (error) {
    const { message, line, column } = error as Error & { line?: number; column?: number };
    throw new ContentError(message, { file: id, line, column });
  }
  // The pages, the gallery and the embeds read the story's blocks from this tree (story-index.ts).
  const sources = frontmatterData['sources'];
  rememberStory(tree, text, Array.isArray(sources) ? sources.map(String) : [], id);
}

export function storySyntax(): AstroIntegration {
  return {
    name: 'story-syntax',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'story-syntax',
                // Before @mdx-js (also "pre", added by the MDX integration listed after this one).
                enforce: 'pre',
                transform: {
                  filter: { id: /\/content\/stories\/[^/]+\.mdx$/ },
                  handler(code: string, id: string) {
                    checkStory(code, id);
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
