import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Tokens before the place's preposition searched for "born". */
  window: 10,
};

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at']);

/** "born" (or "Born") within `window` tokens before token `k`, in the same clause run (no ";"). */
function bornBefore(tokens: readonly Token[], k: number, window: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - window; i--) {
    const w = (tokens[i] as Token).lower;
    if (w === ';') return false;
    if (w === 'born') return true;
  }
  return false;
}

/**
 * "born in Staunton, Va.", "Born July 14, 1913, in Omaha, Neb.": a birthplace
 * written with its state or country names one place, the town, and the state
 * only says which town. The town keeps "Staunton, Va." as an alias (placeForms
 * in extract.ts, run before this) and the state is no entity of its own here.
 * Elsewhere ("filed in Livingston, Texas, then ...") both stay places. On
 * CoNLL04 train and dev, 72 of 72 such birthplaces are annotated as one place.
 * Mentions are removed in place; facility indices are kept pointing right.
 */
export function joinBirthplaceStates(
  tokens: readonly Token[],
  mentions: Mention[],
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention;
    if (tokens[a.e]?.text !== ',' || a.votes.Location <= 0 || a.country || a.region) continue;
    if (a.facilityOf !== undefined || a.compound) continue;
    const prep = tokens[a.outer - 1];
    if (!prep || !PLACE_PREPOSITIONS.has(prep.lower)) continue;
    if (!bornBefore(tokens, a.outer - 1, opts.window)) continue;
    const j = mentions.findIndex((x) => x.s === a.e + 1 && (x.region || x.country) && !x.demonym);
    if (j < 0 || mentions.some((x) => x.facilityOf === j)) continue;
    mentions.splice(j, 1);
    for (const x of mentions) if (x.facilityOf !== undefined && x.facilityOf > j) x.facilityOf--;
    if (j < i) i--;
  }
}
