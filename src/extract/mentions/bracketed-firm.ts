import type { Token } from '../tokenize.js';

/** Tokens between "<" and ">" a bracketed company name may span. */
const MAX_INSIDE = 12;

/** "BA", "SHLH", ".", "HK", "BRK": the pieces of a stock ticker. */
const TICKER_PART = /^(?:[A-Z0-9]{1,8}|\.)$/;

/**
 * Where the angle bracket opened at `k` closes, or -1: "<BA>", "<Qantas
 * Airways Ltd>". Wire copy brackets a listed company's ticker and the full
 * name of a company with no listing.
 */
export function angleClose(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '<') return -1;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_INSIDE; j++) {
    const t = (tokens[j] as Token).text;
    if (t === '>') return j;
    if (t === '<') return -1;
  }
  return -1;
}

/** "<DBCG.F>", "<BA>": brackets (at `k` and `j`) holding a ticker, which names nothing by itself. */
export function tickerInside(tokens: readonly Token[], k: number, j: number): boolean {
  if (j - k < 2 || j - k > 4) return false;
  for (let x = k + 1; x < j; x++) {
    const t = tokens[x] as Token;
    // A ticker is one word: "<SHLH.HK>", not "<GENERAL MOTORS>".
    if (!TICKER_PART.test(t.text) || (x > k + 1 && t.start !== tokens[x - 1]?.end)) return false;
  }
  return true;
}

/**
 * "Sweden's <Nordbanken> banking group", "<Qantas Airways Ltd> has placed":
 * a name inside angle brackets that are no ticker is a company's (the wire's
 * mark for a company with no listing). Tokens [s, e) are the name.
 */
export function bracketedFirm(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - MAX_INSIDE; k--) {
    const t = (tokens[k] as Token).text;
    if (t === '>') return false;
    if (t === '<') {
      const j = angleClose(tokens, k);
      return j >= e && !tickerInside(tokens, k, j);
    }
  }
  return false;
}

/**
 * "Purolator Courier Corp <PCC>", "EVANS/SUTHERLAND <ESCC>": a stock ticker
 * follows the name at token `e` (or its possessive), or follows the partner
 * it is joined to by a slash.
 */
export function tickerAfter(tokens: readonly Token[], e: number): boolean {
  // "F.W. WOOLWORTH'S <Z>": past a possessive.
  let k = /^['’]s$/.test(tokens[e]?.text ?? '') ? e + 1 : e;
  if (tokens[k]?.text === '/') {
    const from = ++k;
    while (k < from + 4 && tokens[k]?.word && tokens[k]?.cap) k++;
    if (k === from) return false;
  }
  const j = angleClose(tokens, k);
  return j > k && tickerInside(tokens, k, j);
}
