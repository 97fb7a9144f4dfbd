import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * Words that name a storm before its given name: "Hurricane Rita", "typhoon
 * Haiyan", "Tropical Storm Allison". "Storm" alone is left out: "the storm
 * Clinton faced" names no storm.
 */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);

function stormWord(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  return STORM_WORDS.has(w) || (w === 'storm' && tokens[k - 1]?.lower === 'tropical');
}

/**
 * "Hurricane Rita ... Rita weakened": the given names of a document's storms
 * (lower case), read from the word after "hurricane", "typhoon", "cyclone"
 * or "tropical storm". A storm is an event, not a person: extract.ts drops
 * these names.
 */
export function stormNames(sentences: readonly (readonly Token[])[]): Set<string> {
  const out = new Set<string>();
  for (const tokens of sentences)
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (!stormWord(tokens, k)) continue;
      const next = tokens[k + 1] as Token;
      if (next.word && next.cap && !stormWord(tokens, k + 1)) out.add(next.lower);
    }
  return out;
}

/**
 * The mentions that are no storm: neither "Hurricane Rita" (a run opened by a
 * storm word) nor a storm's given name alone ("Rita", "hurricane Rita").
 */
export function withoutStorms(
  mentions: Mention[],
  tokens: readonly Token[],
  storms: ReadonlySet<string>,
): Mention[] {
  if (!storms.size) return mentions;
  return mentions.filter((m) => {
    const first = tokens[m.s] as Token;
    if (m.e - m.s === 2 && stormWord(tokens, m.s)) return false;
    // "Tropical Storm Allison".
    if (m.e - m.s === 3 && first.lower === 'tropical' && stormWord(tokens, m.s + 1)) return false;
    return !(m.e - m.s === 1 && storms.has(first.lower));
  });
}
