import type { Token } from '../tokenize.js';
import { angleClose, tickerInside } from './bracketed-firm.js';
import { CREDIT } from './words.js';

// The tokens the name scan (mentions.ts) and the entity tagger pass over:
// tickers in angle brackets, [editorial notes], photo credits in
// parentheses and URLs hold no names of the story.

/** Tokens inside [brackets] and inside photo-credit parentheses are not read for names. */
export function skipMask(tokens: Token[]): boolean[] {
  const skip = new Array<boolean>(tokens.length).fill(false);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === '<') {
      // Ticker symbols: <DBCG.F>. A company's name in brackets is read ("<Qantas Airways Ltd>").
      const j = angleClose(tokens, k);
      if (j > k && tickerInside(tokens, k, j)) for (let x = k; x <= j; x++) skip[x] = true;
    }
    if (t.text === '[' || t.text === '(') {
      const close = t.text === '[' ? ']' : ')';
      let j = k + 1;
      while (j < tokens.length && (tokens[j] as Token).text !== close) j++;
      const inner = tokens
        .slice(k + 1, j)
        .map((x) => x.text)
        .join(' ');
      const lone = j === k + 2 && /^[A-Z]{2,5}$/.test(inner);
      if (t.text === '[' || (CREDIT.test(inner) && !lone))
        for (let x = k; x <= j && x < tokens.length; x++) skip[x] = true;
    }
    if (/^(?:https?|www)$/.test(t.lower)) {
      // A URL runs to the next space.
      for (let x = k; x < tokens.length; x++) {
        skip[x] = true;
        if ((tokens[x + 1]?.start ?? 0) > (tokens[x]?.end ?? 0)) break;
      }
    }
  }
  return skip;
}
