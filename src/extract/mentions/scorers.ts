import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** A minute of a game, with an optional stoppage time or penalty mark: "12", "90", "45+2". */
const MINUTE = /^(?:\d{1,2}|1[01]\d|120)(?:\+\d)?$/;
/** What a scorer follows inside the brackets: their opening, or the scorer before. */
const BEFORE = new Set(['(', ',', ';']);

/**
 * "Bayer Leverkusen 3 (Kirsten 12, Sergio 45) Hamburg 1 (Spoerl 70)": in a
 * sports report, a name inside the brackets after a side's goals that a
 * minute follows is a scorer, a person, though no list knows the name. The caller makes them people.
 * Returns those mentions.
 */
export function scorerNames(tokens: readonly Token[], ms: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (!MINUTE.test(tokens[m.e]?.text ?? '') || !BEFORE.has(tokens[m.outer - 1]?.text ?? ''))
      continue;
    const close = tokens.findIndex((t, k) => k > m.e && t.text === ')');
    const open = tokens.findLastIndex((t, k) => k < m.outer && t.text === '(');
    const shut = tokens.findLastIndex((t, k) => k < m.outer && t.text === ')');
    // The brackets follow a side's goals: "Hamburg 1 (".
    const side = ms.some((o) => o.e === open - 1) && /^\d{1,3}$/.test(tokens[open - 1]?.text ?? '');
    if (close > 0 && open > shut && side && !m.country && !m.fixed) out.push(m);
  }
  return out;
}
