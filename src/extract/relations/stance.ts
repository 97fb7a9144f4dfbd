import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';
import { caseOf, deprel, headOf, kidOf, kidsOf, nameAt, treeSentence } from './tree.js';
import type { CueIndex, FoundRelation, TreeSentence } from './types.js';
import { PHRASE_PASSES } from './window/index.js';
import { WORDS } from './words.js';

// How the text holds each relation it states: asserted or negated, happened,
// planned, possible or alleged, and who says so. Read from the tree above the
// token the statement hangs on (its anchor): negation and auxiliaries on it,
// the verbs it is the complement of ("denied killing", "plans to strike",
// "accused of attacking"), and the speaker of the "said" or "according to"
// it sits under.

/** Labels through which a clause is the complement of the verb above it. */
const COMPLEMENT = new Set(['xcomp', 'ccomp', 'advcl', 'csubj', 'parataxis']);
/** Labels through which a statement is reported by the verb above it. */
const REPORTED = new Set(['ccomp', 'parataxis']);
/** Labels of a clause hanging on a noun or a name ("responsibility for killing", "X of killing"). */
const GERUND = new Set(['acl', 'advcl']);
/** Labels of the object such a clause hangs on ("denied responsibility", "accused X"). */
const OBJECT = new Set(['obj', 'xcomp']);
/** Clause labels the walk up the tree may pass (beyond them lies another statement). */
const UPWARD = new Set([
  ...COMPLEMENT,
  'conj',
  'acl',
  'acl:relcl',
  'obj',
  'nmod',
  'obl',
  'root',
  // A statement in a noun phrase that is a clause's subject ("X said its chairman, Y, will retire").
  'nsubj',
  'nsubj:pass',
  'appos',
]);

/** The names a speaker token stands for: its own name, or the names modifying it ("Iraqi officials"). */
function speakerNames(t: TreeSentence, s: number): Mention[] {
  const own = nameAt(t, s);
  if (own) return [own];
  const out: Mention[] = [];
  for (const k of kidsOf(t, s, 'amod', 'compound', 'nmod:poss', 'nmod')) {
    const m = nameAt(t, k);
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

/** Lowest common ancestor of two tokens, or -1. */
function commonAncestor(t: TreeSentence, a: number, b: number): number {
  const up = new Set<number>();
  for (let k = a, n = 0; k >= 0 && n < 64; k = headOf(t, k), n++) up.add(k);
  for (let k = b, n = 0; k >= 0 && n < 64; k = headOf(t, k), n++) if (up.has(k)) return k;
  return -1;
}

/** Tokens from `k` up to the root. */
function pathUp(t: TreeSentence, k: number): number[] {
  const out: number[] = [];
  for (let i = k; i >= 0 && out.length < 64; i = headOf(t, i)) out.push(i);
  return out;
}

/**
 * The head tokens of the two names of a relation in its sentence: of all the
 * mentions of the two entities there, the pair closest in the tree (a name
 * can be written twice in a sentence: "France said French President X").
 */
function endsOf(t: TreeSentence, r: FoundRelation): [number, number] {
  const heads = (e: number) =>
    t.sc.mentions
      .filter((m) => m.entity === e)
      .map((m) => spanHead(t.sc.syntax, m.start, m.end))
      .filter((h) => h >= 0);
  let best: [number, number] = [-1, -1];
  let bestLen = Number.POSITIVE_INFINITY;
  for (const a of heads(r.source))
    for (const b of heads(r.target)) {
      const up = pathUp(t, a);
      const down = pathUp(t, b);
      const meet = up.findIndex((k) => down.includes(k));
      if (meet < 0) continue;
      const len = meet + down.indexOf(up[meet] as number);
      if (len < bestLen) {
        bestLen = len;
        best = [a, b];
      }
    }
  return best;
}

/** The child of `top` on the way up from `k` (k itself when it hangs on top), or -1. */
function branchUnder(t: TreeSentence, top: number, k: number): number {
  for (let i = k, n = 0; i >= 0 && n < 64; i = headOf(t, i), n++)
    if (headOf(t, i) === top) return i;
  return -1;
}

/**
 * Whether a relation joins the speaker of a report to something inside what
 * is reported ("X said Y attacked Z" gives X nothing to do with Z).
 */
function speakerToReport(cues: CueIndex, t: TreeSentence, a: number, b: number): boolean {
  const top = commonAncestor(t, a, b);
  if (top < 0 || !cues.speech.has(t.lower[top] ?? '')) return false;
  const ba = branchUnder(t, top, a);
  const bb = branchUnder(t, top, b);
  const subj = (k: number) => deprel(t, k) === 'nsubj';
  const said = (k: number) => REPORTED.has(deprel(t, k));
  return (subj(ba) && said(bb)) || (subj(bb) && said(ba));
}

/** Most words a noun phrase may hold between two names ("Board of Education spokesman X": one). */
const MAX_PHRASE_GAP = 3;
/** Word classes of those words: role nouns and their modifiers. */
const PHRASE_WORDS = new Set(['NOUN', 'ADJ']);

/**
 * Whether the names at `a` and `b` stand in one noun phrase, nothing but
 * nouns and adjectives between them ("..., Board of Education spokesman X
 * said"): a parser that hangs the first name in the reported clause does not
 * make the pair span the speaker and the report.
 */
function onePhrase(t: TreeSentence, a: number, b: number): boolean {
  const ma = t.mentionOf[a];
  const mb = t.mentionOf[b];
  if (!ma || !mb) return false;
  const [l, r] = ma.start < mb.start ? [ma, mb] : [mb, ma];
  if (l.end > r.start) return false;
  let n = 0;
  for (const k of t.toks) {
    if (k.start < l.end || k.end > r.start) continue;
    if (++n > MAX_PHRASE_GAP || !PHRASE_WORDS.has(k.upos)) return false;
  }
  return true;
}

/**
 * Whether the clause of a statement, below the verb of speech that reports
 * it, has "he" or "she" as a subject (data/relation-words.json,
 * subjectPronouns): the rules read that pronoun as the named subject above,
 * so "X said he killed Y" and "X said he had decided to kill Y" are X's own
 * word about X, not X made a party to someone else's deed. So is a role
 * noun owned by "its" ("Acme said its chairman, X, will retire").
 */
function pronounSubject(cues: CueIndex, t: TreeSentence, anchor: number): boolean {
  for (let k = anchor, n = 0; k >= 0 && n < 12; k = headOf(t, k), n++) {
    for (const s of kidsOf(t, k, 'nsubj', 'nsubj:pass'))
      if (WORDS.subjectPronouns.has(t.lower[s] ?? '')) return true;
    // "Acme said its chairman, X, will retire": the group speaks of its own.
    if (
      k === anchor &&
      kidsOf(t, k, 'nmod:poss').some((p) => WORDS.groupPossessives.has(t.lower[p] ?? ''))
    )
      return true;
    if (REPORTED.has(deprel(t, k)) && cues.speech.has(t.lower[headOf(t, k)] ?? '')) return false;
  }
  return false;
}

/** Whether a word is a noun cue ("attack", "assassination"): a statement of its own. */
function isCueNoun(cues: CueIndex, w: string): boolean {
  return cues.nouns.has(w);
}

/** Whether word `w` negates: always for "not", "never", "no"; a near miss ("nearly") only on an event verb. */
function negates(cues: CueIndex, w: string, verb: boolean): boolean {
  return cues.stance.negators.has(w) || (verb && cues.stance.nearMisses.has(w));
}

/**
 * Whether a token carries a negation ("not", "never", "no"), or is a verb
 * with a near miss on it ("nearly invaded"): "almost certain to strike" and
 * "nearly 40 people" deny nothing.
 */
function negatedAt(cues: CueIndex, t: TreeSentence, k: number): boolean {
  const verb = t.toks[k]?.upos === 'VERB';
  for (const d of t.kids[k] ?? []) {
    const rel = deprel(t, d);
    if (rel !== 'advmod' && rel !== 'det' && rel !== 'neg') continue;
    if (negates(cues, t.lower[d] ?? '', verb)) return true;
  }
  return false;
}

/**
 * Whether an adverb that negates ("nearly", "almost", "never") is the word
 * just before a verb, but for quotation marks: 'the army "very nearly"
 * invaded X' did not invade, though a parser thrown by the quotes hangs the
 * adverb elsewhere. Not "almost immediately attacked": there the adverb
 * next to the verb is another.
 */
function negatorBefore(cues: CueIndex, t: TreeSentence, verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && t.toks[k]?.upos === 'PUNCT') k--;
  return k >= 0 && t.toks[k]?.upos === 'ADV' && negates(cues, t.lower[k] ?? '', true);
}

const according = new WeakMap<TreeSentence, Mention[]>();

/**
 * The names "according to" introduces in a sentence, in token order: read
 * once per sentence (every relation of it asks), and only where some word
 * holds "according".
 */
function accordingTo(t: TreeSentence): Mention[] {
  let out = according.get(t);
  if (!out) {
    out = [];
    if (t.lower.some((w) => w.includes('according')))
      for (let d = 0; d < t.toks.length; d++)
        if (caseOf(t, d) === 'according to') out.push(...speakerNames(t, d));
    according.set(t, out);
  }
  return out;
}

/**
 * Whether an event noun hangs on the word above it as an adjunct, so that
 * the clause above is another statement: "would retaliate for the attacks on
 * Y" (the attacks happened), "lawsuits over the raid on Y". Not when the
 * word above denies, plans or alleges ("accused of the attack", "denied
 * responsibility for the attack").
 */
function eventNounAside(
  cues: CueIndex,
  t: TreeSentence,
  anchor: number,
  rel: string,
  above: string,
): boolean {
  if (!isCueNoun(cues, t.lower[anchor] ?? '') || t.toks[anchor]?.upos !== 'NOUN') return false;
  if (rel !== 'obl' && rel !== 'nmod') return false;
  const s = cues.stance;
  return !(
    s.denials.has(above) ||
    s.planned.has(above) ||
    s.alleged.has(above) ||
    WORDS.deedNouns.has(above)
  );
}

/**
 * Marks one relation: polarity, modality and attribution, from its anchor
 * up. False when its source is the speaker who reports it.
 */
function mark(cues: CueIndex, t: TreeSentence, r: FoundRelation): boolean {
  const [ha, hb] = endsOf(t, r);
  const self = r.speakerParty || (r.anchor >= 0 && pronounSubject(cues, t, r.anchor));
  if (ha >= 0 && hb >= 0 && !self && !onePhrase(t, ha, hb) && speakerToReport(cues, t, ha, hb))
    return false;
  const anchor = r.anchor >= 0 ? r.anchor : ha >= 0 && hb >= 0 ? commonAncestor(t, ha, hb) : -1;
  if (anchor < 0) return true;
  const s = cues.stance;
  // A statement inside a noun phrase ("X, the head of Y") is no clause: what
  // the verbs above it deny or plan is about something else.
  // Nor is a participle joined to a word by a hyphen ("Denver-based X", "Iran-backed X"),
  // even when the parser hangs it as a clause.
  const tok = t.toks[anchor];
  const hyphened = tok?.xpos === 'VBN' && t.lower[anchor - 1] === '-';
  // A noun with a copula is a clause's predicate ("X is not a spokesman for Y").
  // A token-window pass that reads a noun phrase states no clause but that
  // one, wherever the parser hangs the phrase's names (window/index.ts,
  // PHRASE_PASSES).
  const predicate = kidOf(t, anchor, 'cop') >= 0 && tok?.upos !== 'ADJ';
  let inClause =
    !hyphened &&
    (PHRASE_PASSES.has(r.rule)
      ? predicate
      : tok?.upos === 'VERB' ||
        tok?.upos === 'AUX' ||
        isCueNoun(cues, t.lower[anchor] ?? '') ||
        predicate);
  let negated =
    inClause &&
    (negatedAt(cues, t, anchor) || (tok?.upos === 'VERB' && negatorBefore(cues, t, anchor)));
  // A statement anchored on a denial is denied: "X was acquitted in the slaying of Y" (charge-frame).
  if (inClause && tok?.upos === 'VERB' && s.denials.has(t.lower[anchor] ?? '')) negated = !negated;
  let modality = r.modality;
  const speakers: Mention[] = [];
  const note = (m: Mention) => {
    if (!speakers.includes(m)) speakers.push(m);
  };
  // "according to X" speaks for the whole sentence, wherever the parser hangs it.
  for (const m of accordingTo(t)) note(m);
  let k = anchor;
  let reported = false;
  let below = '';
  for (let n = 0; k >= 0 && n < 12; n++) {
    if (inClause)
      for (const d of t.kids[k] ?? []) {
        const w = t.lower[d] ?? '';
        const rel = deprel(t, d);
        if (rel === 'aux' && s.plannedAux.has(w) && modality === 'happened') modality = 'planned';
        else if (
          (rel === 'aux' || rel === 'advmod') &&
          s.possible.has(w) &&
          modality === 'happened'
        )
          modality = 'possible';
        else if (rel === 'advmod' && s.alleged.has(w)) modality = 'alleged';
      }
    const rel = deprel(t, k);
    const up = headOf(t, k);
    if (up < 0 || !UPWARD.has(rel)) break;
    const w = t.lower[up] ?? '';
    if (k === anchor && inClause && eventNounAside(cues, t, anchor, rel, w)) inClause = false;
    // A deed noun that is denied denies the deed in it: "a jury found X not guilty of killing Y".
    if (inClause && WORDS.deedNouns.has(w) && negatedAt(cues, t, up)) negated = !negated;
    // A gerund clause on the object of a verb is that verb's complement too:
    // "denied responsibility for killing", "accused X of killing".
    // So is an event noun on a deed noun: "denied responsibility for the attack on Y".
    const complement =
      COMPLEMENT.has(rel) ||
      (OBJECT.has(rel) &&
        (GERUND.has(below) || (below === 'nmod' && WORDS.deedNouns.has(t.lower[k] ?? ''))));
    if (complement && inClause) {
      if (s.denials.has(w)) negated = !negated;
      else if (negatedAt(cues, t, up) && rel === 'xcomp') negated = true;
    }
    // "plans to strike", "accused of killing"; "the plan to strike" too (acl).
    if ((complement || rel === 'acl') && inClause) {
      if (s.alleged.has(w)) modality = 'alleged';
      else if (s.planned.has(w) && rel !== 'ccomp' && modality === 'happened') modality = 'planned';
    }
    if (REPORTED.has(rel) && cues.speech.has(w)) {
      reported = true;
      inClause = false;
      const subj = kidOf(t, up, 'nsubj');
      if (subj >= 0) for (const m of speakerNames(t, subj)) note(m);
    }
    // A relative clause is a clause of its own: the main clause's "will" or "not" is not its.
    if (rel === 'acl:relcl') {
      // ... but the copula it predicates is: "X was not the gunman who killed Y".
      if (inClause && kidOf(t, up, 'cop') >= 0 && negatedAt(cues, t, up)) negated = !negated;
      inClause = false;
    }
    below = rel;
    k = up;
  }
  // "X, the accused assassin of Y", "the alleged killer, X": the role noun is only alleged.
  if (kidsOf(t, anchor, 'amod').some((k) => s.alleged.has(t.lower[k] ?? ''))) modality = 'alleged';
  r.polarity = negated ? 'negated' : 'asserted';
  r.modality = modality;
  r.attributedTo = speakers.flatMap((m) => (m.entity === undefined ? [] : [m.entity]));
  // The speaker of a report is not the agent of what is reported, unless "he" or "she" is.
  return self || !(reported && r.attributedTo.includes(r.source));
}

/**
 * Marks every relation of a document with its polarity, modality and
 * attribution, and drops those whose source is only the speaker of the
 * sentence that reports them ("X said Y attacked Z" is no X ATTACKED Z).
 */
export function markStance(
  sents: readonly SentenceContext[],
  cues: CueIndex,
  found: FoundRelation[],
  trees: Map<number, TreeSentence> = new Map(),
): FoundRelation[] {
  return found.filter((r) => {
    const sc = sents[r.from];
    if (r.from !== r.to || !sc) return true;
    let t = trees.get(sc.index);
    if (!t) trees.set(sc.index, (t = treeSentence(sc)));
    return mark(cues, t, r);
  });
}
