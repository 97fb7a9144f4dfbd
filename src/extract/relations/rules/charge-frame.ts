import type { RelationType } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { doers } from '../deed-doers.js';
import {
  caseOf,
  deprel,
  emitTree,
  headOf,
  isPassive,
  kidOf,
  kidsOf,
  nameAt,
  passivePatientsOf,
  verbCueAt,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Deeds a charge can name. */
const DEEDS: ReadonlySet<RelationType> = new Set(['KILLED', 'ATTACKED']);

/** Labels the walk from a deed up to the charge that names it passes. */
const CLIMB = new Set(['nmod', 'obl', 'obl:unmarked', 'acl', 'advcl', 'xcomp', 'obj']);

/** How many words the walk passes ("faces two counts of committing crimes ... for the slayings of Y"). */
const MAX_STEPS = 6;

interface Deed {
  rel: RelationType;
  patients: number[];
}

/** The preposition or marker before a noun or a clause ("for" the murder, "to" murder). */
function markerOf(t: TreeSentence, k: number): string {
  const m = kidOf(t, k, 'mark');
  return m >= 0 ? (t.lower[m] ?? '') : caseOf(t, k);
}

/** Whether a word modifying `n` makes its deed only tried ("the attempted murder"). */
function attempted(t: TreeSentence, n: number): boolean {
  return kidsOf(t, n, 'amod', 'compound').some((k) => WORDS.attemptWords.has(t.lower[k] ?? ''));
}

/**
 * The names after an event noun's "of", "on" or "against": its nominals with
 * that preposition, or the object of the preposition itself where the parser
 * made "of" the noun's dependent and the name the preposition's ("the slaying
 * of Y" read as of -> Y).
 */
function nounPatients(t: TreeSentence, n: number): number[] {
  const out: number[] = [];
  for (const k of kidsOf(t, n, 'nmod', 'obl')) {
    if (WORDS.patientPrepositions.has(caseOf(t, k))) out.push(...withConjuncts(t, k));
    else if (t.toks[k]?.upos === 'ADP' && WORDS.patientPrepositions.has(t.lower[k] ?? ''))
      out.push(...kidsOf(t, k, 'obj').flatMap((o) => withConjuncts(t, o)));
  }
  return out;
}

/**
 * The deed at token `n` with no doer of its own: an event noun of the lexicon
 * ("the slaying of Y", "Y's murder"), a death a violence noun modifies ("the
 * shooting death of Y"), or a cue verb with no subject ("conspiracy to murder
 * Y", "of killing Y").
 */
function deedAt(c: RuleContext, t: TreeSentence, n: number): Deed | undefined {
  const tok = t.toks[n];
  if (!tok) return undefined;
  if (tok.upos === 'NOUN') {
    const w = t.lower[n] ?? '';
    let rel = c.cues.nouns.get(w);
    // Under a charge a death is a killing too: "convicted of murder in the death of Y".
    if (!rel && WORDS.deathNouns.has(w)) rel = 'KILLED';
    if (!rel || !DEEDS.has(rel) || attempted(t, n)) return undefined;
    // A noun that names its own doer is nominal-of-by's ("the murder of Y by X").
    if (kidsOf(t, n, 'nmod', 'obl').some((k) => caseOf(t, k) === 'by')) return undefined;
    const patients = nounPatients(t, n);
    const named = kidsOf(t, n, 'nmod:poss').filter((k) => t.mentionOf[k]);
    // "for Y's murder": the one a killing belongs to is the one killed. An attack's owner
    // ("X's attack on Y") did it, and nominal-of-by reads that.
    if (named.length && (patients.length || rel !== 'KILLED')) return undefined;
    if (!patients.length) patients.push(...named);
    return patients.length ? { rel, patients } : undefined;
  }
  const cue = verbCueAt(c, t, n);
  if (cue?.kind !== 'verb' || cue.prep || !DEEDS.has(cue.rel)) return undefined;
  // Only an infinitive or gerund with no subject of its own.
  if (!/^VBG?$/.test(tok.xpos) || isPassive(t, n) || kidOf(t, n, 'nsubj') >= 0) return undefined;
  const patients = kidsOf(t, n, 'obj').flatMap((o) => withConjuncts(t, o));
  // A nominal after the verb with no preposition is its object, whatever label the parser gave.
  for (const k of kidsOf(t, n, 'obl')) if (k > n && !caseOf(t, k)) patients.push(k);
  return patients.length ? { rel: cue.rel, patients } : undefined;
}

/**
 * The charge above the deed at `n`: a charge verb (data/relation-words.json,
 * chargeVerbs), a deed noun (deedNouns) or a name the deed hangs on under a
 * charge verb ("convicted X of killing Y" parsed with the clause under X).
 * A charge that names no accused passes the walk on to the next one. The
 * walk goes up through nominal and non-finite clause links only: a verb
 * with a subject of its own is another statement, and a word of attempt
 * ("charged with trying to kill Y") ends it.
 */
function chargeAbove(t: TreeSentence, n: number): number {
  if (!WORDS.chargeMarkers.has(markerOf(t, n))) return -1;
  let k = n;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (!CLIMB.has(deprel(t, k))) return -1;
    const h = headOf(t, k);
    const tok = t.toks[h];
    if (!tok) return -1;
    const w = t.lower[h] ?? '';
    // A charge whose accused the tree does not name passes the walk on ("sentenced ... in
    // prison for his conviction on murder charges in the slaying of Y": the sentence's).
    const charge =
      (tok.upos === 'VERB' && WORDS.chargeVerbs.has(w)) ||
      (tok.upos === 'NOUN' && WORDS.deedNouns.has(w));
    if (charge && charged(t, h).length) return h;
    if (t.mentionOf[h]) {
      const v = headOf(t, h);
      return v >= 0 && WORDS.chargeVerbs.has(t.lower[v] ?? '') && !isPassive(t, v) ? h : -1;
    }
    if (WORDS.attemptWords.has(w)) return -1;
    if (tok.upos === 'VERB' && kidOf(t, h, 'nsubj', 'nsubj:pass') >= 0) return -1;
    k = h;
  }
  return -1;
}

/**
 * Who is charged at charge word `h`: the passive subject ("X was charged",
 * "X, executed for", "X, who was indicted"), or, for a passive verb
 * coordinated after a subject ("X, a Y, was sentenced"), that subject; the
 * object of an active charge ("police charged X with"); the name itself; or
 * the one a deed noun is laid on (deed-doers.ts).
 */
function charged(t: TreeSentence, h: number): number[] {
  if (t.mentionOf[h] || t.toks[h]?.upos === 'NOUN') return doers(t, h);
  if (isPassive(t, h)) {
    const patients = passivePatientsOf(t, h);
    if (patients.length || deprel(t, h) !== 'conj') return patients;
    return withConjuncts(t, kidOf(t, headOf(t, h), 'nsubj', 'nsubj:pass'));
  }
  return withConjuncts(t, kidOf(t, h, 'obj'));
}

/**
 * "X is charged with murder in the slayings of Y and Z", "X faces two counts
 * ... for the slayings of Y", "X, executed in 1933 for the shooting death of
 * Y", "X was indicted on a charge of conspiracy to murder Y", "X was
 * sentenced to death for Y's murder": a deed the sentence names as the
 * ground of a charge, trial or sentence, however deep in the charge's
 * phrase, was done by the one charged. A charge or indictment only alleges
 * it (modality alleged); a conviction or sentence states it; an acquittal
 * denies it (the stance pass). gerund-deed and deed-nominal read the deed
 * right under the charge; this rule reads it further down, and the
 * killing's owner as its victim.
 */
export const chargeFrame: TreeRule = {
  name: 'charge-frame',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, n) => {
      const deed = deedAt(c, t, n);
      if (!deed) return;
      const h = chargeAbove(t, n);
      if (h < 0) return;
      // "found X not guilty of murder in the slaying of Y": the stance pass reads the denial
      // only on a deed right under the noun (gerund-deed), so a denied charge noun draws nothing here.
      if (
        t.toks[h]?.upos !== 'VERB' &&
        kidsOf(t, h, 'advmod', 'det').some((k) => c.cues.stance.negators.has(t.lower[k] ?? ''))
      )
        return;
      // The charge is the statement: "was not charged", "X said Y was indicted".
      const verb = t.toks[h]?.upos === 'VERB' ? h : headOf(t, h);
      const anchor = t.toks[verb]?.upos === 'VERB' ? verb : h;
      const alleged =
        WORDS.allegedCharges.has(t.lower[h] ?? '') || WORDS.allegedCharges.has(t.lower[verb] ?? '');
      for (const a of charged(t, h))
        for (const p of deed.patients)
          if (
            emitTree(
              c,
              t,
              this.name,
              deed.rel,
              nameAt(t, a),
              nameAt(t, p),
              anchor,
              CONFIDENCE.nominal,
            ) &&
            alleged
          ) {
            const r = c.out[c.out.length - 1];
            if (r) r.modality = 'alleged';
          }
    });
  },
};
