import { didYouMean } from '../schemas/did-you-mean';
import { storyComponentNames } from './remark-story-components';

/**
 * The mistakes that stop the MDX parser before the story's own check can see the story: a
 * misspelt component whose closing tag is right, a tag never closed, curly quotes pasted from a
 * document. Found in the raw text, so each is said in the project's words, with the line where
 * the mistake is (where the parser would name the place it gave up). Runs at build time.
 */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  line: number;
  column: number;
  attributes: string;
}

const known: readonly string[] = storyComponentNames;
// A component's tag: its name, then attributes whose values may hold ">" inside quotes.
const tagPattern =
  /<(\/?)([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[“”„″][^“”„″>]*[“”„″]?|\{[^}]*\}))?)*)\s*(\/?)>/g;
const curly = /([A-Za-z][\w-]*)\s*=\s*([“”„″‘’])([^“”„″‘’"]*)([“”„″‘’"]?)/;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The component tags of a story's text, outside code. */
function tags(text: string): Tag[] {
  return [...text.matchAll(tagPattern)].map((match) => ({
    name: match[2] ?? '',
    closing: match[1] === '/',
    selfClosing: match[4] === '/',
    attributes: match[3] ?? '',
    ...lineAndColumn(text, match.index),
  }));
}

/** Curly quotes around a prop's value: `view=“coast”`. The likeliest newsroom mistake, from a word processor. */
function curlyQuotes(tag: Tag): SyntaxProblem[] {
  const found = curly.exec(tag.attributes);
  if (!found) return [];
  const [, name = '', , value = ''] = found;
  return [
    {
      line: tag.line,
      column: tag.column,
      message: `<${tag.name}> ${name}=${found[2]}${value}${found[4] ?? ''}: the value is in curly quotes (“ ”), which a word processor puts in; use straight quotes: ${name}="${value}"`,
    },
  ];
}

/** Problems in the order they appear, the first one the root cause: fix it and build again. */
export function mdxSyntaxProblems(text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const open: Tag[] = [];
  for (const tag of tags(text)) {
    problems.push(...curlyQuotes(tag));
    if (tag.selfClosing) continue;
    if (!tag.closing) {
      open.push(tag);
      continue;
    }
    const top = open.at(-1);
    if (top?.name === tag.name) {
      open.pop();
      continue;
    }
    if (top && !known.includes(top.name) && didYouMean(top.name, known) === tag.name) {
      // <Stpe ...> ... </Step>: the opening tag is the misspelt one.
      problems.push({
        line: top.line,
        column: top.column,
        message:
          `<${top.name}> is not a story component (did you mean <${tag.name}>?); its closing tag </${tag.name}> is on line ${tag.line}. Correct the opening tag to <${tag.name}` +
          '>',
      });
      open.pop();
      continue;
    }
    const opener = open.findLast((candidate) => candidate.name === tag.name);
    if (top && opener) {
      // </Scrolly> while a <Step> is open: that step was never closed.
      problems.push({
        line: top.line,
        column: top.column,
        message: `<${top.name}> opened on line ${top.line} is never closed; expected </${top.name}> after its text, before </${tag.name}> on line ${tag.line}`,
      });
      open.splice(open.indexOf(opener));
      continue;
    }
    const guess = didYouMean(tag.name, known);
    problems.push({
      line: tag.line,
      column: tag.column,
      message: `</${tag.name}> closes nothing: no <${tag.name}> is open here${guess && guess !== tag.name ? ` (did you mean </${guess}>?)` : ''}${top ? `; the open tag is <${top.name}> on line ${top.line}` : ''}`,
    });
  }
  for (const tag of open.reverse()) {
    problems.push({
      line: tag.line,
      column: tag.column,
      message: `<${tag.name}> opened on line ${tag.line} is never closed; expected </${tag.name}> after its text`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The message the build stops with: every problem, each on its line with the file, the first first. */
export function describeSyntaxProblems(file: string, problems: readonly SyntaxProblem[]): string {
  return `The story cannot be read:\n${problems.map((problem) => `  ${file}:${problem.line} ${problem.message}`).join('\n')}\n`;
}
