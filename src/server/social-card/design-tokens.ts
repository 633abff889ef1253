/**
 * Reads colour tokens from src/styles/tokens.css, so the social card drawn at build uses the
 * same palette as the page without copying it: the light values from the first `:root` block,
 * overridden by those in the `prefers-color-scheme: dark` block.
 */
export type Tokens = Record<string, string>;

function customProperties(block: string): Tokens {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((match) => [
      match[1] ?? '',
      (match[2] ?? '').trim(),
    ]),
  );
}

function blockAfter(css: string, marker: string): string {
  const start = css.indexOf(marker);
  if (start < 0) return '';
  const open = css.indexOf('{', css.indexOf(':root', start));
  return css.slice(open + 1, css.indexOf('}', open));
}

/** The light palette: the first `:root` block alone (the step images are drawn light, for print). */
export function lightTokens(css: string): Tokens {
  return customProperties(blockAfter(css, ':root'));
}

export function darkTokens(css: string): Tokens {
  return {
    ...customProperties(blockAfter(css, ':root')),
    ...customProperties(blockAfter(css, 'prefers-color-scheme: dark')),
  };
}

/** A token's value; fails the build naming the token when tokens.css no longer has it. */
export function token(tokens: Tokens, name: string): string {
  const value = tokens[name];
  if (!value)
    throw new Error(`src/styles/tokens.css: the social card needs --${name}, which is not defined`);
  return value;
}
