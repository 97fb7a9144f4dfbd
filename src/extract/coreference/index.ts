// Coreference within a document: the passes that read a pronoun or a
// definite noun as an entity named in an earlier sentence, in the order they
// run. Each adds stand-in mentions (Mention.anaphor) to the sentence that
// holds the word; the relation rules read them as the name, the pair model
// does not (relation-model.ts). A relation read through one is named after
// the pass and the rule ("the-company+apposition-in"), and its evidence runs
// from the sentence that names the entity to the one that states it.
import type { Cluster } from '../entities/in-document.js';
import type { FoundRelation } from '../relations/types.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import type { CorefContext } from './antecedents.js';
import { RULE as OPENING_RULE, openingPronoun } from './opening-pronoun.js';
import { theCompany } from './the-company.js';
import { COREF_WORDS } from './words.js';

export { openingPronoun } from './opening-pronoun.js';
export { theCompany } from './the-company.js';

/** A coreference pass: the stand-ins it reads in sentence `k`. */
export type CorefPass = (c: CorefContext, k: number) => Mention[];

/** The passes, in order: a later one reads the stand-ins of an earlier one in earlier sentences. */
export const COREF_PASSES: readonly CorefPass[] = [theCompany, openingPronoun];

/**
 * Adds to each sentence, in document order, the stand-in mentions the passes
 * read in it. Resolved entities stay as they are: a stand-in is no name of
 * its entity's cluster.
 */
export function addAnaphors(
  sents: readonly SentenceContext[],
  clusters: readonly Cluster[],
  passes: readonly CorefPass[] = COREF_PASSES,
): void {
  const c: CorefContext = { sents, clusters };
  for (let k = 1; k < sents.length; k++) {
    const sc = sents[k] as SentenceContext;
    for (const pass of passes) {
      const add = pass(c, k).filter((a) => !sc.mentions.some((m) => m.s === a.s));
      sc.mentions.push(...add);
    }
  }
}

/**
 * Names each relation read through a stand-in after the pass that read it
 * and the rule, and starts its evidence at the sentence that names the
 * entity ("Acme Corp. said ... The company, based in Dallas, ..."). A
 * pronoun stands in no noun phrase: a relation a rule of one
 * (data/coreference.json, pronounPhraseRules) reads through a pronoun's
 * stand-in is dropped ("She noted trade adviser X" makes X nobody's employee).
 */
export function markAnaphoric(
  sents: readonly SentenceContext[],
  found: FoundRelation[],
): FoundRelation[] {
  return found.filter((r) => {
    if (r.from !== r.to) return true;
    const sc = sents[r.from];
    const m = sc?.mentions.find(
      (x) => x.anaphor && (x.entity === r.source || x.entity === r.target),
    );
    const a = m?.anaphor;
    if (!m || !a) return true;
    if (a.rule === OPENING_RULE && COREF_WORDS.pronounPhraseRules.has(r.rule)) return false;
    r.rule = `${a.rule}+${r.rule}`;
    r.from = Math.min(r.from, a.sent);
    return true;
  });
}
