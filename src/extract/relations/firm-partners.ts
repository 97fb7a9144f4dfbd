import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import type { CueIndex, FoundRelation } from './types.js';

/** Words that join the partners' names of a firm ("Cleary, Gottlieb, Steen and Hamilton"). */
const JOINERS = new Set([',', 'and', '&']);

/** Possessive marks: a word before one owns what follows. */
const POSSESSIVE = new Set(["'", "'s", '’', '’s']);

/** Whether token `k` is one capitalised word that is no role ("Weil", not "Vice" of "Vice President"). */
function partnerWord(toks: readonly Token[], k: number, cues: CueIndex): boolean {
  const t = toks[k];
  return !!t?.word && t.cap && !cues.rolesByFirst.has(t.lower);
}

/**
 * Whether a one-word name stands in a list of one-word capitalised names
 * joined by commas and "and": the partners of a firm ("an analyst with
 * Howard, Weil, Labouisse, Friedrichs, Inc", "economist at Phillips and
 * Drew", "Merrill Lynch, Pierce, Fenner and Smith"). The next name must be
 * one word too: "Powell, Chief Justice" is a role, "Smith, Acme Corp's
 * chairman" a longer name. The last partner has two partners before it
 * ("Hartley and Brandt" after "Walsh,"), so "Reagan and Shultz" is none.
 */
function partnerOfFirm(sc: SentenceContext, m: Mention, cues: CueIndex): boolean {
  if (m.e - m.s !== 1) return false;
  const toks = sc.tokens;
  const joiner = (k: number) => JOINERS.has(toks[k]?.lower ?? '');
  // The last partner: "Walsh, Hartley and Brandt".
  if (joiner(m.s - 1) && partnerWord(toks, m.s - 2, cues) && joiner(m.s - 3)) return true;
  const next = m.e + 1;
  if (!joiner(m.e) || !partnerWord(toks, next, cues)) return false;
  const after = toks[next + 1];
  // "Crowley of GAO, Congress' investigative arm": an apposition, not a partner.
  if (POSSESSIVE.has(after?.lower ?? '')) return false;
  return !after?.word || JOINERS.has(after.lower) || !after.cap;
}

/**
 * Drops the work relations (WORKS_FOR, LEADS, MEMBER_OF) of a name that is
 * one partner's name of a firm in the sentence stating them: the typing pass
 * reads "Howard, Weil, Labouisse" as people or as a firm "Howard", and the
 * relation rules then draw "Paul Feretti WORKS_FOR Howard" or "Pierce LEADS
 * Merrill Lynch". The firm is the whole list, and no relation holds with one
 * word of it. A name typed as a place is left alone. A name also written otherwise in the sentence keeps its
 * relations.
 */
export function dropFirmPartners(
  sents: readonly SentenceContext[],
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
  cues: CueIndex,
): FoundRelation[] {
  const byIndex = new Map(sents.map((sc) => [sc.index, sc]));
  const partner = (sc: SentenceContext, entity: number): boolean => {
    // A place in a list is a place: "the situation in Angola, African states welcomed".
    if (clusters[entity]?.type === 'Location') return false;
    const ms = sc.mentions.filter((m) => m.entity === entity);
    return ms.length > 0 && ms.every((m) => partnerOfFirm(sc, m, cues));
  };
  return found.filter((r) => {
    if (r.type !== 'WORKS_FOR' && r.type !== 'LEADS' && r.type !== 'MEMBER_OF') return true;
    if (r.from !== r.to) return true;
    const sc = byIndex.get(r.from);
    if (!sc) return true;
    return !(partner(sc, r.source) || partner(sc, r.target));
  });
}
