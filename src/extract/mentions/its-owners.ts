import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import { firstWordIndex } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Organisation votes over the name's best other type: surer than a rule's guess of a person. */
  lead: 3,
  /** Tokens after the name "its" must come within ("Pan Am has not offered its routes"). */
  reach: 6,
};

/** Dependency relations of a subject. */
const SUBJECTS = new Set(['nsubj']);

/**
 * A name "its" may stand for: not a place (by a gazetteer or the rules'
 * votes: "BUTLER, Pa., March 2 - Armco said its ..."), a given name, a
 * title's holder, a piece of a longer name ("U.S. Market", "The Sunday
 * Express") or a plural of a word ("Associations").
 */
function candidate(sc: SentenceContext, m: Mention, lex: Lexicon): boolean {
  if (m.fixed || m.firm || m.country || m.region || m.demonym || m.town || m.title) return false;
  // Nothing to do for a name already kept as a group (and no parse to pay for).
  if (!m.doubtful && m.votes.Organization > Math.max(m.votes.Person, m.votes.Location))
    return false;
  if (m.e - m.s > 3 || m.outer !== m.s || m.votes.Location > 0) return false;
  const first = sc.tokens[m.s]?.lower ?? '';
  const last = sc.tokens[m.e - 1]?.lower ?? '';
  if (last.endsWith('s') && lex.dictionary.has(last.slice(0, -1))) return false;
  // "the U.S. Market", "The Sunday Express", "American Transport": a capital before it, so a
  // piece of a longer name.
  const before = sc.tokens[m.outer - 1];
  if (before?.cap && before.word && m.outer - 1 !== firstWordIndex(sc.tokens)) return false;
  return !lex.firstNames.has(first) && itsAhead(sc, m.e);
}

/** "its" within a verb phrase's reach after the name, no punctuation between: no parse otherwise. */
function itsAhead(sc: SentenceContext, from: number): boolean {
  for (let k = from; k < sc.tokens.length && k < from + DEFAULTS.reach; k++) {
    const t = sc.tokens[k];
    if (!t?.word) return false;
    if (t.lower === 'its') return true;
  }
  return false;
}

/**
 * "Marathon shut its 72,000 bpd plant", "Shell raised its prices": a name
 * that is the subject of a verb whose object "its" owns is a firm (a person's
 * would be "his" or "her"; a country or a town a gazetteer knows stays a
 * place). The name is kept though the entity tagger doubted it (a firm named
 * by a common word), and typed an organisation by its form, so no model makes
 * it a person. Parses only sentences that hold "its" and such a name.
 */
export function markItsOwners(
  sc: SentenceContext,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  if (!sc.mentions.length || !sc.tokens.some((t) => t.lower === 'its')) return;
  const ms = sc.mentions.filter((m) => candidate(sc, m, lex));
  if (!ms.length) return;
  const opts = { ...DEFAULTS, ...options };
  const s = sc.syntax;
  for (const m of ms) {
    const h = spanHead(s, m.start, m.end);
    const head = s.tokens[h];
    if (!head || !SUBJECTS.has(head.deprel)) continue;
    const v = head.head;
    if (s.tokens[v]?.upos !== 'VERB') continue;
    const owned = s.tokens.some(
      (o, k) =>
        o.head === v &&
        o.deprel === 'obj' &&
        s.tokens.some(
          (p) => p.head === k && p.deprel === 'nmod:poss' && p.text.toLowerCase() === 'its',
        ),
    );
    if (!owned) continue;
    m.doubtful = undefined;
    m.acts = true;
    m.firm = true;
    const top = Math.max(m.votes.Person, m.votes.Location);
    if (m.votes.Organization < top + opts.lead) m.votes.Organization = top + opts.lead;
  }
}
