import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { PLACES_AFTER } from './words.js';

export const DEFAULTS = {
  /** Location votes each name of the list gets. */
  vote: 1.5,
};

/** Only list punctuation and conjunctions between tokens [from, to). */
function listGap(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).lower;
    if (w !== ',' && w !== 'and' && w !== 'or') return false;
  }
  return true;
}

/**
 * "Umbria and Lazio provinces", "Calcasieu and Cameron parishes", "the
 * Mississippi and Tennessee valleys": a plural place noun in lower case after
 * a name makes it a place, and every name listed with it before ("X, Y and
 * Z counties"). Countries and gazetteer names keep their own type.
 */
export function markPlaceLists(
  tokens: readonly Token[],
  mentions: Mention[],
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  mentions.forEach((m, idx) => {
    const a = tokens[m.e];
    if (!a?.word || a.cap || !PLACES_AFTER.has(a.lower)) return;
    let last = m;
    for (let k = idx; k >= 0; k--) {
      const x = mentions[k] as Mention;
      if (x !== m && !(x.e <= last.outer && listGap(tokens, x.e, last.outer))) break;
      if (!x.fixed) x.votes.Location += opts.vote;
      last = x;
    }
  });
}
