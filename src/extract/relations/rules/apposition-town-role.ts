import type { Mention } from '../../types.js';
import { emitRole, roleAtToken } from '../roles.js';
import { typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Words that may stand between the state and the role noun ("a Dayton, Ohio, civil rights lawyer"). */
const MAX_ROLE_WORDS = 3;

/** The mention that starts at token `i`, if a name starts there. */
function nameFrom(t: TreeSentence, i: number): Mention | undefined {
  const m = t.mentionOf[i];
  return m && m.s === i ? m : undefined;
}

/**
 * The role noun that closes "a Town, State, ___": up to three lower-case words
 * after the state's comma, the last one a role of the lexicon and the head of
 * the phrase (no noun after it). Its token, or -1.
 */
function roleAfter(c: RuleContext, t: TreeSentence, from: number): number {
  let r = -1;
  for (let k = from; k < from + MAX_ROLE_WORDS && k < t.toks.length; k++) {
    const w = t.toks[k]?.text ?? '';
    if (t.mentionOf[k] || !/^[a-z][a-z-]*$/.test(w)) break;
    r = k;
  }
  if (r < 0) return -1;
  const next = t.toks[r + 1];
  if (next && (next.upos === 'NOUN' || next.upos === 'PROPN')) return -1;
  return roleAtToken(c.cues, t, r) ? r : -1;
}

/**
 * "Ann Kemp, a Salem, Ore., dentist, said": a place written with its state
 * ("Salem, Ore.") modifies the role noun of an apposition, as "Salem" does in
 * "Ann Kemp, a Salem dentist". The parser cannot hold the state's commas
 * inside the noun phrase: it splits the phrase into a list, an apposition and
 * a conjunct in ways that vary from one sentence to the next, so no tree rule
 * sees the role and its place together. This rule reads the words instead: a
 * person's name, a comma, an article, a town, a comma, a region or country, a
 * comma, and a role noun (data/relations.json, roles) that ends the phrase.
 * The role says what the person is to the town (a lawyer or a native lives
 * there); town-state carries it to the state.
 */
export const appositionTownRole: TreeRule = {
  name: 'apposition-town-role',
  run(c: RuleContext, t: TreeSentence): void {
    const seen = new Set<Mention>();
    for (const p of t.mentionOf) {
      if (!p || seen.has(p) || p.sent !== t.sc.index) continue;
      seen.add(p);
      if (typeOf(c, p) !== 'Person' || t.toks[p.e]?.text !== ',') continue;
      if (!WORDS.determiners.has(t.lower[p.e + 1] ?? '')) continue;
      const town = nameFrom(t, p.e + 2);
      if (!town || typeOf(c, town) !== 'Location' || t.toks[town.e]?.text !== ',') continue;
      const region = nameFrom(t, town.e + 1);
      if (!region || typeOf(c, region) !== 'Location' || !(region.region || region.country))
        continue;
      const after = t.toks[region.e]?.text === ',' ? region.e + 1 : region.e;
      const r = roleAfter(c, t, after);
      if (r < 0) continue;
      const role = roleAtToken(c.cues, t, r);
      if (role) emitRole(c, t, this.name, role, p, [town], r);
    }
  },
};
