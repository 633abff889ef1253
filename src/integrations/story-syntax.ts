import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../schemas/content-error';
import { describeSyntaxProblems, mdxSyntaxProblems } from './mdx-syntax';

/**
 * Checks a story's MDX text before the MDX parser reads it (mdx-syntax.ts), so that a misspelt
 * tag, an unclosed <Step> or curly quotes stop the build in the project's words, with the file
 * and line, once and without a stack trace, instead of the parser's. Build and dev server.
 */
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
                    const problems = mdxSyntaxProblems(code);
                    const first = problems[0];
                    if (!first) return null;
                    throw new ContentError(describeSyntaxProblems(relative(process.cwd(), id), problems), { file: id, line: first.line, column: first.column });
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
