import type { SentenceContext } from '../sentence-context.js';
import type { SyntaxToken } from '../syntax/index.js';
import { tokenAt } from '../syntax/tree.js';
import type { EntityType, Mention, RelationType } from '../types.js';
import { CONFIDENCE } from './confidence.js';
import { impossibleNesting } from './nesting.js';
import type { FoundRelation, RuleContext, TreeSentence } from './types.js';
import { WORDS } from './words.js';

// Reading a sentence's dependency tree: which name a token stands for, the
// agent and patient of a verb, and one place where every tree rule emits.

/** A sentence as the tree rules read it; built once per sentence. */
export function treeSentence(sc: SentenceContext): TreeSentence {
  const toks = preconjoined(sc.syntax.tokens);
  const kids: number[][] = toks.map(() => []);
  toks.forEach((t, i) => {
    if (t.head >= 0) kids[t.head]?.push(i);
  });
  const mentionOf: (Mention | undefined)[] = toks.map(() => undefined);
  for (const m of sc.mentions) {
    if (m.entity === undefined) continue;
    for (let k = tokenAt(sc.syntax, m.start); k >= 0 && k < toks.length; k++) {
      const t = toks[k];
      if (!t || t.start >= m.end) break;
      const cur = mentionOf[k];
      if (!cur || cur.end - cur.start > m.end - m.start) mentionOf[k] = m;
    }
  }
  return { sc, toks, lower: toks.map((t) => t.text.toLowerCase()), kids, mentionOf };
}

/**
 * "Both X and Y were born in Z": the parser may read "Both" as a subject of
 * its own, beside X with the same head and label, and the rules would take
 * it for the subject. It hangs on X as a preconjunction instead (a copy of
 * the tokens; the sentence's own parse is left as it is).
 */
function preconjoined(toks: SyntaxToken[]): SyntaxToken[] {
  let out = toks;
  toks.forEach((t, i) => {
    const next = toks[i + 1];
    if (!next || t.head < 0 || next.head !== t.head || next.deprel !== t.deprel) return;
    if (!WORDS.preconjunctions.has(t.text.toLowerCase())) return;
    if (out === toks) out = [...toks];
    out[i] = { ...t, head: i + 1, deprel: 'cc:preconj' };
  });
  return out;
}

/** Dependents of `i` whose label is one of `labels`. */
export function kidsOf(t: TreeSentence, i: number, ...labels: string[]): number[] {
  const out: number[] = [];
  const kids = t.kids[i];
  if (kids) for (const k of kids) if (labels.includes(t.toks[k]?.deprel ?? '')) out.push(k);
  return out;
}

/** The first dependent of `i` with one of `labels`, or -1 (rules ask this often: no list is made). */
export function kidOf(t: TreeSentence, i: number, ...labels: string[]): number {
  const kids = t.kids[i];
  if (kids) for (const k of kids) if (labels.includes(t.toks[k]?.deprel ?? '')) return k;
  return -1;
}

export const deprel = (t: TreeSentence, i: number): string => t.toks[i]?.deprel ?? '';
export const headOf = (t: TreeSentence, i: number): number => t.toks[i]?.head ?? -1;

/**
 * The preposition marking a nominal ("of" in "of Y", "according to" as one).
 * A parser may hang it on another word of a name ("of" on "Mining" of "Apex
 * Mining Corp."): a name's head without one takes its words' marker.
 */
export function caseOf(t: TreeSentence, i: number): string {
  let marks = kidsOf(t, i, 'case');
  const m = t.mentionOf[i];
  if (!marks.length && m) marks = kidsOfName(t, m, 'case');
  // Each marker, then its fixed words ("according to"), joined by spaces; built without lists.
  let out = '';
  for (const k of marks) {
    out += out ? ` ${t.lower[k]}` : (t.lower[k] as string);
    for (const f of t.kids[k] ?? []) if (t.toks[f]?.deprel === 'fixed') out += ` ${t.lower[f]}`;
  }
  return out;
}

const NAME_PARTS = ['flat', 'appos', 'compound', 'flat:name'];
const RELATIVE = WORDS.treeRelativePronouns;

/**
 * The name a token stands for: the mention covering it, or, for a title or
 * role noun ("President X", "the leader, X"), the person named beside it.
 */
export function nameAt(t: TreeSentence, i: number): Mention | undefined {
  if (i < 0) return undefined;
  const m = t.mentionOf[i];
  if (m) return m;
  // Only a common noun ("the leader, X") or a title ("President X") stands for a name
  // beside it; an unnamed place ("Fort Bragg, N.C.") does not stand for its state.
  const common = t.toks[i]?.upos === 'NOUN';
  // A name in apposition to the noun is what it stands for before one that modifies it: in "CBS
  // newsman Harry Reasoner" the newsman is Harry Reasoner, not CBS.
  const kids = kidsOf(t, i, ...NAME_PARTS);
  // "the Denver office of Acme": a noun whose owner is named after its "of" is not the name
  // that modifies it.
  const owned = kidsOf(t, i, 'nmod').some((k) => k > i && caseOf(t, k) === 'of' && t.mentionOf[k]);
  const stand = owned ? kids.filter((k) => deprel(t, k) !== 'compound') : kids;
  for (const k of [...stand.filter((k) => deprel(t, k) !== 'compound'), ...stand]) {
    const n = t.mentionOf[k];
    if (n && (common || deprel(t, k) === 'flat')) return n;
  }
  return undefined;
}

/**
 * A token and the tokens coordinated with it ("X and Y"): both subjects, both
 * objects. A conjunct marked by another preposition than the first is no
 * coordinated party: "attacked X, according to Y" parsed with Y as a conjunct
 * of X does not make Y a target.
 */
export function withConjuncts(t: TreeSentence, i: number): number[] {
  if (i < 0) return [];
  const out = [i];
  const marker = caseOf(t, i);
  for (let q = 0; q < out.length; q++) {
    const h = out[q] as number;
    for (const k of kidsOf(t, h, 'conj'))
      if (!out.includes(k) && caseOf(t, k) === marker) {
        // "Pima County Superior Court Judge Ana Ruiz" parsed with Ana a conjunct of Pima: with
        // no "and" or comma between, one phrase whose later name is the party.
        if (joinedBetween(t, h, k)) out.push(k);
        else out[q] = k;
      }
    // "Tom Harris and Ann Kemp": the parser may hang the conjunct on the last word of the name.
    for (const f of kidsOf(t, h, 'flat'))
      for (const k of kidsOf(t, f, 'conj'))
        if (!out.includes(k) && caseOf(t, k) === marker && joinedBetween(t, f, k)) out.push(k);
  }
  return out;
}

/** Whether a conjunction or punctuation mark stands between tokens `a` and `b`. */
function joinedBetween(t: TreeSentence, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
    const u = t.toks[k]?.upos;
    if (u === 'CCONJ' || u === 'PUNCT') return true;
  }
  return false;
}

/**
 * The subject of a verb. Of two subjects the parser gave one verb with no
 * "and" or comma between ("Pima County Superior Court Judge Ana Ruiz ordered"
 * read as Pima and Ana), the later: the court is the judge's title.
 */
export function subjectOf(t: TreeSentence, v: number): number {
  let s = -1;
  for (const k of kidsOf(t, v, 'nsubj')) if (s < 0 || !joinedBetween(t, s, k)) s = k;
  return s;
}

/** Whether a verb is passive: a passive subject or auxiliary, or a bare participle modifying a noun. */
export function isPassive(t: TreeSentence, v: number): boolean {
  if (kidOf(t, v, 'nsubj:pass', 'aux:pass') >= 0) return true;
  return deprel(t, v) === 'acl' && t.toks[v]?.xpos === 'VBN';
}

/** An infinitive or gerund clause hanging on a verb: xcomp, or "to"/"of" + verb parsed as advcl. */
function isControlled(t: TreeSentence, v: number): boolean {
  const d = deprel(t, v);
  if (d === 'xcomp') return true;
  if (d !== 'advcl') return false;
  return kidOf(t, v, 'nsubj', 'nsubj:pass') < 0;
}

/** A past participle clause with no subject or auxiliary of its own ("..., convicted of killing Y"). */
function reducedParticiple(t: TreeSentence, v: number): boolean {
  if (deprel(t, v) !== 'advcl' || t.toks[v]?.xpos !== 'VBN') return false;
  return kidOf(t, v, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop') < 0;
}

/** Markers of a clause whose agent is the object of the verb above ("ordered X to", "kept X from"). */
const OBJECT_CONTROL = WORDS.objectControlMarkers;

/** Whether a controlled clause takes its agent from the verb's object rather than its subject. */
function objectControlled(t: TreeSentence, v: number): boolean {
  if (deprel(t, v) === 'xcomp') return kidOf(t, v, 'mark') < 0 || OBJECT_CONTROL.has(markOf(t, v));
  return OBJECT_CONTROL.has(markOf(t, v));
}

function markOf(t: TreeSentence, v: number): string {
  const m = kidOf(t, v, 'mark');
  return m < 0 ? '' : (t.lower[m] ?? '');
}

/**
 * The agent tokens of an active verb: its subject; through a relative clause
 * the noun it modifies ("the militia that attacked"); through a conjoined verb
 * the first verb's subject; through xcomp the controller ("ordered forces to
 * strike": forces; "plans to strike": the planner). Never across ccomp: the
 * speaker of "said" is not the agent of the verb said.
 */
export function agentsOf(t: TreeSentence, v: number, depth = 0): number[] {
  if (depth > 4 || v < 0) return [];
  const subj = subjectOf(t, v);
  const d = deprel(t, v);
  // "The Front, led by X, attacked Y" parsed as "by X attacked Y": no subject follows "by".
  if (subj >= 0 && byClause(t, v, subj)) return [];
  if (subj >= 0) {
    if (RELATIVE.has(t.lower[subj] ?? '') && d === 'acl:relcl')
      return withConjuncts(t, predicated(t, headOf(t, v)));
    // "the gunman who killed Y and who later killed Z": the second "who" is the first one's.
    const first = RELATIVE.has(t.lower[subj] ?? '') ? firstConjunct(t, v) : v;
    if (first !== v && deprel(t, first) === 'acl:relcl')
      return withConjuncts(t, predicated(t, headOf(t, first)));
    return withConjuncts(t, subj);
  }
  if (kidOf(t, v, 'nsubj:pass') >= 0) return [];
  const h = headOf(t, v);
  if (h < 0) return [];
  if (d === 'acl:relcl' || (d === 'acl' && t.toks[v]?.xpos !== 'VBN'))
    return withConjuncts(t, predicated(t, h));
  if (d === 'conj') return agentsOf(t, clauseBefore(t, h, v) ?? h, depth + 1);
  if (isControlled(t, v)) {
    // Under a passive verb the deed is its patient's: "X was convicted of killing Y",
    // "X, convicted of killing Y", "Convicted of killing Y, X was jailed".
    // Only for a clause that cannot stand alone (a gerund or infinitive), not a finite verb
    // the parser hung there ("troops commanded by X murdered Y").
    const nonFinite = /^VB[GN]?$/.test(t.toks[v]?.xpos ?? '') || kidOf(t, v, 'mark') >= 0;
    if (nonFinite && isPassive(t, h)) return passivePatientsOf(t, h);
    if (nonFinite && reducedParticiple(t, h)) {
      const s = kidOf(t, headOf(t, h), 'nsubj', 'nsubj:pass');
      return s >= 0 ? withConjuncts(t, s) : [];
    }
    // "X used a rifle to kill Y": the object of a verb of means is the tool, not the agent.
    const obj = WORDS.instrumentVerbs.has(t.lower[h] ?? '') ? -1 : kidOf(t, h, 'obj');
    if (obj >= 0 && objectControlled(t, v)) return withConjuncts(t, obj);
    const s = kidOf(t, h, 'nsubj', 'nsubj:pass');
    if (s >= 0) return withConjuncts(t, s);
    return agentsOf(t, h, depth + 1);
  }
  return [];
}

/** The first of the conjuncts `v` belongs to ("killed Y and who killed Z": the first "killed"). */
function firstConjunct(t: TreeSentence, v: number): number {
  let k = v;
  for (let n = 0; n < 8 && deprel(t, k) === 'conj'; n++) k = headOf(t, k);
  return k;
}

/**
 * Whether the subject `s` of finite verb `v` follows a "by" the parser made
 * the verb's marker: "The Front, led by X, attacked Y" read as a clause "by
 * X attacked Y". No finite clause opens with "by", so X is no agent of `v`.
 */
function byClause(t: TreeSentence, v: number, s: number): boolean {
  const m = kidOf(t, v, 'mark');
  return m >= 0 && m < s && t.lower[m] === 'by' && /^VB[DPZ]$/.test(t.toks[v]?.xpos ?? '');
}

/**
 * What a noun a relative clause modifies stands for: itself, or, when it is
 * the predicate of a copula with no name of its own, the copula's subject
 * ("X was the gunman who killed Y": X; "X is the group that attacked Y").
 */
export function predicated(t: TreeSentence, h: number): number {
  if (t.mentionOf[h] || nameAt(t, h)) return h;
  // "X, a producer who grew up in Y": the noun in apposition to a name stands for it, unless a name
  // possesses the noun ("Acme's products group, based in Y" misparsed as an apposition of Acme).
  const up = headOf(t, h);
  if (
    deprel(t, h) === 'appos' &&
    t.toks[h]?.upos === 'NOUN' &&
    t.mentionOf[up] &&
    !namedModifier(t, h, 0)
  )
    return up;
  if (kidOf(t, h, 'cop') < 0) return h;
  const s = kidOf(t, h, 'nsubj');
  return s >= 0 && t.mentionOf[s] ? s : h;
}

/**
 * Whether a name possesses noun `h` or a word before it ("Acme's products group"), at any depth:
 * a possessed noun is no apposition of its possessor. Other modifiers keep it one ("X, a Lebanese
 * citizen living in Y").
 */
function namedModifier(t: TreeSentence, h: number, depth: number): boolean {
  if (depth > 4) return false;
  for (const k of t.kids[h] ?? []) {
    if (k > h) continue;
    if (t.mentionOf[k] && deprel(t, k) === 'nmod:poss') return true;
    if (namedModifier(t, k, depth + 1)) return true;
  }
  return false;
}

/**
 * A clausal complement of `h` with a subject of its own, standing between `h`
 * and its conjunct `v`: "X concluded that Y, acting alone, fired the shots"
 * parsed with "fired" coordinated with "concluded" is Y's deed, not X's.
 */
function clauseBefore(t: TreeSentence, h: number, v: number): number | undefined {
  return kidsOf(t, h, 'ccomp')
    .filter((k) => k > h && k < v && kidOf(t, k, 'nsubj', 'nsubj:pass') >= 0)
    .pop();
}

/**
 * Whether a verb is in a relative clause introduced by "that": it does not
 * stand for a person ("an airstrike at the direction of X that killed Y"
 * was parsed onto X, but it is the airstrike that killed).
 */
export function thatClause(t: TreeSentence, v: number): boolean {
  const s = kidOf(t, v, 'nsubj', 'nsubj:pass');
  return deprel(t, v) === 'acl:relcl' && s >= 0 && t.lower[s] === 'that';
}

/**
 * The agent tokens of a passive verb: "by X" (obl:agent, or an obl with
 * "by"). When the verb has none, a "by" name the parser hung lower, on a
 * noun of the verb's own place or time phrase ("was shot to death in the
 * courtyard of his building by X": "by X" under "building"), is the agent
 * too; never one under a name ("the Museum of Art by X") or inside a clause.
 */
export function passiveAgentsOf(t: TreeSentence, v: number): number[] {
  const agent = kidOf(t, v, 'obl:agent');
  if (agent >= 0) return withConjuncts(t, agent);
  for (const k of kidsOf(t, v, 'obl', 'nmod'))
    if (caseOf(t, k) === 'by') return withConjuncts(t, k);
  return strandedAgent(t, kidsOf(t, v, 'obl'), 0);
}

function strandedAgent(t: TreeSentence, nouns: number[], depth: number): number[] {
  if (depth > 2) return [];
  for (const n of nouns) {
    if (t.mentionOf[n] || t.toks[n]?.upos !== 'NOUN') continue;
    const below = kidsOf(t, n, 'nmod');
    for (const k of below) if (caseOf(t, k) === 'by' && t.mentionOf[k]) return withConjuncts(t, k);
    const found = strandedAgent(t, below, depth + 1);
    if (found.length) return found;
  }
  return [];
}

/** The patient tokens of a passive verb: its passive subject, or the noun a participle modifies. */
export function passivePatientsOf(t: TreeSentence, v: number): number[] {
  const s = kidOf(t, v, 'nsubj:pass');
  if (s >= 0) {
    if (RELATIVE.has(t.lower[s] ?? '')) return withConjuncts(t, predicated(t, antecedent(t, v, s)));
    return withConjuncts(t, s);
  }
  const d = deprel(t, v);
  if (d === 'acl' || d === 'acl:relcl') return withConjuncts(t, predicated(t, headOf(t, v)));
  if (d === 'conj') return passivePatientsOf(t, headOf(t, v));
  return [];
}

/**
 * What the relative pronoun `s` of verb `v` stands for: the noun the clause
 * modifies, or, when the clause was hung elsewhere ("X, who was shot by Y,
 * was buried" with "shot" under "buried"), the name just before the pronoun.
 */
function antecedent(t: TreeSentence, v: number, s: number): number {
  if (deprel(t, v) === 'acl:relcl') return headOf(t, v);
  const before = t.lower[s - 1] === ',' ? s - 2 : s - 1;
  return t.mentionOf[before] ? before : s;
}

/** Nominals hanging on any of `heads` through obl or nmod with the preposition `prep`. */
export function prepObjects(t: TreeSentence, heads: number[], prep: string): number[] {
  const out: number[] = [];
  for (const h of heads)
    for (const k of kidsOf(t, h, 'obl', 'nmod', 'obl:tmod', 'obl:npmod', 'obl:agent'))
      if (caseOf(t, k) === prep)
        // "at X and Y" shares the preposition; a conjunct with its own ("at X, to Y") does not.
        for (const j of withConjuncts(t, k))
          if (j === k || !caseOf(t, j) || caseOf(t, j) === prep) out.push(j);
  return out;
}

/** How far up the tree the person a pronoun stands for is looked for. */
const MAX_CLIMB = 8;

/**
 * The person a "he"/"his" stands for: the named subject of the nearest clause
 * at or above `from` ("Sirhan, who is serving a life sentence, was sane when
 * he shot Kennedy": Sirhan). A pronoun subject on the way passes the search
 * up ("X thinks she built ..."); a subject that is a name of no person, or a
 * common noun ("X's lawyer said he ..."), ends it with nothing.
 */
export function personSubjectAbove(
  c: RuleContext,
  t: TreeSentence,
  from: number,
): Mention | undefined {
  let h = from;
  for (let step = 0; step < MAX_CLIMB && h >= 0; step++) {
    for (const s of kidsOf(t, h, 'nsubj', 'nsubj:pass')) {
      const m = nameAt(t, s);
      if (m) return typeOf(c, m) === 'Person' ? m : undefined;
      // "X's lawyer said he was shot": the pronoun may stand for the unnamed subject.
      if (t.toks[s]?.upos !== 'PRON') return undefined;
    }
    h = headOf(t, h);
  }
  return undefined;
}

/**
 * The group an "its" at token `r` stands for: the named subject of the
 * nearest clause above whose subject is not `r` itself ("Acme said its
 * chairman ...", "Acme moved its headquarters to Denver": Acme). A named
 * subject of another type above `r`'s own clause ends the search.
 */
export function groupSubjectAbove(c: RuleContext, t: TreeSentence, r: number): Mention | undefined {
  let from = r;
  let h = headOf(t, r);
  for (let step = 0; step < MAX_CLIMB && h >= 0; step++) {
    for (const s of kidsOf(t, h, 'nsubj', 'nsubj:pass')) {
      if (s === from) continue;
      const m = nameAt(t, s);
      if (m && typeOf(c, m) === 'Organization') return m;
      // The clause of `r` may name another subject ("its chairman ... X resigned").
      if (m && step > 0) return undefined;
    }
    from = h;
    h = headOf(t, h);
  }
  return undefined;
}

/**
 * The named group an unnamed agent acts for: "gunmen from X", "a suicide
 * bomber of X", "members of X" (data/relation-words.json, agentGroupNouns
 * and agentGroupPrepositions). Only a group: "soldiers from Kenya" are no
 * deed of Kenya's read here.
 */
function groupOfHands(c: RuleContext, t: TreeSentence, a: number): Mention | undefined {
  if (t.toks[a]?.upos !== 'NOUN' || !WORDS.agentGroupNouns.has(t.lower[a] ?? '')) return undefined;
  for (const k of kidsOf(t, a, 'nmod')) {
    if (k < a || !WORDS.agentGroupPrepositions.has(caseOf(t, k))) continue;
    const g = t.mentionOf[k];
    if (g && typeOf(c, g) === 'Organization') return g;
  }
  return undefined;
}

/**
 * The name an agent token stands for: its own name, or for a subject "he" or
 * "she" (data/relation-words.json, subjectPronouns), the named person
 * subject of the clause above ("X said he killed Y": X).
 */
export function agentName(c: RuleContext, t: TreeSentence, a: number): Mention | undefined {
  const m = nameAt(t, a) ?? groupOfHands(c, t, a);
  if (m || !WORDS.subjectPronouns.has(t.lower[a] ?? '')) return m;
  const d = deprel(t, a);
  if (d !== 'nsubj' && d !== 'nsubj:pass') return undefined;
  return personSubjectAbove(c, t, headOf(t, headOf(t, a))) ?? onlyPersonBefore(c, t, a);
}

/**
 * "The Ashby Herald counted Ed Kane among the town's sons, though he was
 * born in Elm Grove": a subject "he" or "she" whose clauses above have no
 * named person subject stands for the one person the sentence names before
 * it. A common noun subject above may be whom it means ("X's lawyer said he
 * ..."), and two people before it leave it open: nothing then.
 */
function onlyPersonBefore(c: RuleContext, t: TreeSentence, a: number): Mention | undefined {
  let h = headOf(t, a);
  for (let step = 0; step < MAX_CLIMB && h >= 0; step++, h = headOf(t, h))
    for (const s of kidsOf(t, h, 'nsubj', 'nsubj:pass'))
      if (s !== a && !nameAt(t, s) && t.toks[s]?.upos !== 'PRON') return undefined;
  let found: Mention | undefined;
  for (let i = 0; i < a; i++) {
    const m = t.mentionOf[i];
    if (!m || typeOf(c, m) !== 'Person') continue;
    if (found && found.entity !== m.entity) return undefined;
    found = m;
  }
  return found;
}

/** Entity type of a mention's cluster. */
export function typeOf(c: RuleContext, m: Mention | undefined): EntityType | undefined {
  return m?.entity === undefined ? undefined : c.clusters[m.entity]?.type;
}

/**
 * Adds a relation found by a tree rule, when the two names are distinct
 * entities whose types the relation joins (data/relations.json).
 */
export function emitTree(
  c: RuleContext,
  t: TreeSentence,
  rule: string,
  rel: RelationType,
  a: Mention | undefined,
  b: Mention | undefined,
  anchor: number,
  confidence: number = CONFIDENCE.tree,
): boolean {
  const s = a?.entity;
  const g = b?.entity;
  if (s === undefined || g === undefined || s === g) return false;
  const cues = c.lex.cues.relations[rel];
  const st = c.clusters[s]?.type;
  const tt = c.clusters[g]?.type;
  if (!cues || !st || !tt || !cues.source.includes(st) || !cues.target.includes(tt)) return false;
  if (impossibleNesting(c.clusters, rel, s, g)) return false;
  const r: FoundRelation = {
    source: s,
    target: g,
    type: rel,
    from: t.sc.index,
    to: t.sc.index,
    confidence,
    rule,
    polarity: 'asserted',
    modality: 'happened',
    attributedTo: [],
    anchor,
  };
  c.out.push(r);
  return true;
}

/** A verb cue of the lexicon read at token `v`: the longest phrase whose words start there. */
export function verbCueAt(
  c: RuleContext,
  t: TreeSentence,
  v: number,
): { rel: RelationType; words: number[]; prep: string; kind: 'verb' | 'mover' } | undefined {
  const tok = t.toks[v];
  if (!tok || (tok.upos !== 'VERB' && !tok.xpos.startsWith('VB'))) return undefined;
  const list = c.cues.byFirst.get(t.lower[v] ?? '');
  if (!list) return undefined;
  for (const cue of list) {
    if (!cue.words.every((w, i) => t.lower[v + i] === w)) continue;
    const words = cue.words.map((_, i) => v + i);
    const last = words[words.length - 1] as number;
    const prep = words.length > 1 && t.toks[last]?.upos === 'ADP' ? (t.lower[last] as string) : '';
    return { rel: cue.rel, words, prep, kind: cue.kind };
  }
  return undefined;
}

/**
 * Dependents with one of `labels` of any word of a name, outside the name:
 * a parser may hang "of Y" on "Ortiz" of "Lena Ortiz" rather than on its head.
 */
export function kidsOfName(t: TreeSentence, m: Mention, ...labels: string[]): number[] {
  const out: number[] = [];
  // Only the tokens from the one at the name's start to its end can stand for it (treeSentence).
  for (let i = tokenAt(t.sc.syntax, m.start); i >= 0 && i < t.toks.length; i++) {
    if ((t.toks[i]?.start ?? m.end) >= m.end) break;
    if (t.mentionOf[i] !== m) continue;
    for (const k of t.kids[i] ?? [])
      if (t.mentionOf[k] !== m && labels.includes(t.toks[k]?.deprel ?? '')) out.push(k);
  }
  return out.sort((a, b) => a - b);
}
