import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Organisation votes over the name's best other type: the form decides, not a guess. */
  lead: 3,
  /** Letters of the acronym at least: "JR Ewing", "TJ Smith" open with two initials. */
  minLetters: 3,
};

/** An acronym: capitals only, no dots ("CIBC", "ABN", "BZW"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A name word in mixed case: "Wood", "Gundy", "McKinsey". */
const MIXED = /^\p{Lu}[\p{L}'-]*\p{Ll}[\p{L}'-]*$/u;

/**
 * "CIBC Wood Gundy said", "BZW Securities", "NTT Data": an acronym before
 * name words in mixed case, inside a sentence in mixed case, opens a firm's
 * name; a person's name never opens with an acronym ("UAW President Owen
 * Bieber" keeps the acronym apart as the title's group). Not two initials
 * ("JR Ewing"), a place, a people or a title a gazetteer knows ("US",
 * "UK"), a name in quotes ('the "USDA Good" grade'), or a name a rule or
 * gazetteer already types for sure. The name
 * becomes an organisation by its form, so no model makes it a person; the
 * models may still doubt it ("MSN Explorer", "DTC Buses" are products and
 * services, which a kept doubt cost on web text).
 */
export function markAcronymOpeners(
  sc: SentenceContext,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  for (const m of sc.mentions) {
    if (!opener(sc.tokens, m, lex, opts.minLetters)) continue;
    m.firm = true;
    const top = Math.max(m.votes.Person, m.votes.Location);
    if (m.votes.Organization < top + opts.lead) m.votes.Organization = top + opts.lead;
  }
}

function opener(tokens: readonly Token[], m: Mention, lex: Lexicon, minLetters: number): boolean {
  if (m.fixed || m.firm || m.title || m.titles.length || m.country || m.region) return false;
  if (m.e - m.s < 2 || m.outer !== m.s) return false;
  // 'the "USDA Good" grade': a quoted name is a grade's or a product's.
  if (/^["“]$/u.test(tokens[m.s - 1]?.text ?? '')) return false;
  const first = tokens[m.s] as Token;
  if (!ACRONYM.test(first.text) || first.text.length < minLetters) return false;
  if (lex.known.has(first.lower) || lex.set('titles').has(first.lower)) return false;
  for (let k = m.s + 1; k < m.e; k++) if (!MIXED.test((tokens[k] as Token).text)) return false;
  // Mixed case around it: not a headline or a line in capitals.
  return tokens.some((t, k) => (k < m.s || k >= m.e) && t.word && /^\p{Ll}{3,}$/u.test(t.text));
}
