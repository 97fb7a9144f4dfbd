import type { SentenceContext } from '../../sentence-context.js';
import type { Token } from '../../tokenize.js';
import type { EntityType, Mention } from '../../types.js';
import { type Ctx, typeOf } from './context.js';
import { CHARGED, DETS, PREPS, PRONOUN, SUBORD } from './words.js';

export function at(tokens: Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

export function matchWords(tokens: Token[], k: number, words: string[]): boolean {
  return words.every((w, i) => at(tokens, k + i) === w);
}

/** The mention that starts at token k (its outer start), if any. */
export function mentionAt(sc: SentenceContext, k: number): Mention | undefined {
  return sc.mentions.find((m) => m.outer === k || m.s === k);
}

/** "Chad's Coastal Guard": a possessor followed by what it owns stands for the owned. */
export function owned(sc: SentenceContext, m: Mention): Mention {
  if (at(sc.tokens, m.e) !== "'s" && at(sc.tokens, m.e) !== '’s') return m;
  for (let k = m.e + 1; k <= m.e + 3; k++) {
    const n = mentionAt(sc, k);
    if (n) return n;
    if (sc.tokens[k]?.cap || !sc.tokens[k]?.word) break;
  }
  return m;
}

function isPrepObject(sc: SentenceContext, m: Mention): boolean {
  let k = m.outer - 1;
  while (k >= 0 && (DETS.has(at(sc.tokens, k)) || /^\d/.test(at(sc.tokens, k)))) k--;
  if (PREPS.has(at(sc.tokens, k))) return true;
  // "in northwestern Iran": one modifier between the preposition and the name.
  const t = sc.tokens[k];
  return Boolean(
    t?.word &&
      !t.cap &&
      /(?:ern|al|ic|ian|ish|ese)$/.test(t.lower) &&
      PREPS.has(at(sc.tokens, k - 1)),
  );
}

/** The subject of a verb at token `pos`: the nearest name on its left that is not a prepositional object. */
export function subjectLeft(
  c: Ctx,
  sc: SentenceContext,
  pos: number,
  types: EntityType[],
): Mention | number | undefined {
  // A subordinate clause starts a new subject: "X struck Y after Z fired at W".
  let bound = -1;
  for (let k = pos - 1; k >= 0; k--) {
    if (SUBORD.has(at(sc.tokens, k))) {
      bound = k;
      break;
    }
  }
  const ms = sc.mentions.filter((m) => m.e <= pos).sort((a, b) => b.s - a.s);
  for (const m of ms) {
    if (pos - m.e > 25 || m.s < bound) break;
    if (m.compound) continue;
    if (sc.tokens.slice(m.e, pos).some((t) => t.text === ';')) break;
    if (isPrepObject(sc, m)) continue;
    const next = at(sc.tokens, m.e);
    if (next === "'s" || next === '’s') continue;
    const t = typeOf(c, m);
    if (!t || !types.includes(t)) continue;
    // "X, a 20-year-old Serb student, shot Y", "as an Austin policeman shot Y": a place
    // that only says what a person is from is no subject; the name the phrase is in
    // apposition to is, or none.
    if (t === 'Location' && describesPerson(c, sc, m, pos))
      return appositionHead(c, sc, m, pos, types);
    // "Sirhan, a Christian Arab, was sentenced": a name after "a" in apposition says
    // what the one named before it is.
    const head = indefiniteApposition(c, sc, m);
    if (head) return types.includes(typeOf(c, head) as EntityType) ? head : undefined;
    // Across a relative pronoun the subject is the noun right before it ("X, who killed Y")
    // or the one who carried out the strike ("X carried out a strike that killed Y").
    const rel = sc.tokens
      .slice(m.e, pos)
      .findIndex((x) => x.lower === 'that' || x.lower === 'which');
    if (rel >= 0) {
      const gap = rel;
      const adjacent = gap === 0 || (gap === 1 && at(sc.tokens, m.e) === ',');
      if (!adjacent && m.entity !== c.agent) return undefined;
    }
    return m;
  }
  for (let k = pos - 1; k >= Math.max(0, pos - 4); k--) {
    const p = PRONOUN.get(at(sc.tokens, k));
    // A pronoun subject stands for a name only through a stand-in the coreference passes read
    // (src/extract/coreference), which the loop above met as a mention; else it names no one.
    if (p) return undefined;
  }
  if (types.includes('Organization'))
    for (let k = pos - 2; k >= Math.max(0, pos - 4); k--) {
      const d = describedOrg(c, sc, k);
      if (d !== undefined) return d;
    }
  return undefined;
}

/** Whether place `m` modifies a person noun before token `pos` ("a Serb student", "an Austin policeman"). */
function describesPerson(c: Ctx, sc: SentenceContext, m: Mention, pos: number): boolean {
  for (let k = m.e; k < Math.min(pos, m.e + 3); k++) {
    const w = sc.tokens[k];
    if (!w?.word || w.cap) return false;
    if (describesPersonNoun(c, w.lower)) return true;
  }
  return false;
}

/** The name before "X, a M," when `m` is M: "a"/"an" makes M say what X is, not name someone else. */
function indefiniteApposition(c: Ctx, sc: SentenceContext, m: Mention): Mention | undefined {
  const det = at(sc.tokens, m.outer - 1);
  if ((det !== 'a' && det !== 'an') || at(sc.tokens, m.outer - 2) !== ',') return undefined;
  if (at(sc.tokens, m.e) !== ',') return undefined;
  const head = sc.mentions.find((x) => x.e === m.outer - 2 && !x.compound);
  return head && typeOf(c, head) === 'Person' ? head : undefined;
}

/** The name a phrase holding `m` and ending in a comma right before `pos` stands beside ("X, a ... student,"). */
function appositionHead(
  c: Ctx,
  sc: SentenceContext,
  m: Mention,
  pos: number,
  types: EntityType[],
): Mention | undefined {
  if (at(sc.tokens, pos - 1) !== ',') return undefined;
  let k = m.outer - 1;
  while (k >= 0 && at(sc.tokens, k) !== ',') k--;
  const head = sc.mentions.find((x) => x.e === k && !x.compound);
  const t = head ? typeOf(c, head) : undefined;
  return head && t === 'Person' && types.includes(t) ? head : undefined;
}

/** "the agency", "the same militia": the organisation last named with that noun, before token k. */
export function describedOrg(c: Ctx, sc: SentenceContext, k: number): number | undefined {
  if (at(sc.tokens, k) !== 'the') return undefined;
  let i = k + 1;
  if (at(sc.tokens, i) === 'same') i++;
  const noun = at(sc.tokens, i);
  if (!c.lex.set('orgNouns').has(noun) || sc.tokens[i]?.cap) return undefined;
  const next = sc.tokens[i + 1];
  if (next?.word && !next.cap && c.lex.set('orgNouns').has(next.lower)) return undefined;
  let best: number | undefined;
  let bestAt = -1;
  for (let s = 0; s <= sc.index; s++) {
    for (const m of c.sents[s]?.mentions ?? []) {
      if (m.entity === undefined || (s === sc.index && m.s >= k)) continue;
      const cl = c.clusters[m.entity];
      if (cl?.type !== 'Organization' || !cl.nouns.includes(noun)) continue;
      const pos = s * 10000 + m.s;
      if (pos > bestAt) {
        bestAt = pos;
        best = m.entity;
      }
    }
  }
  return best;
}

/** The object of a verb ending at `pos`: the first fitting name after it. */
export function objectRight(
  c: Ctx,
  sc: SentenceContext,
  pos: number,
  types: EntityType[],
  limit = 12,
): Mention | undefined {
  const ms = sc.mentions.filter((m) => m.outer >= pos).sort((a, b) => a.s - b.s);
  for (const m0 of ms) {
    if (m0.outer - pos > limit) break;
    if (sc.tokens.slice(pos, m0.outer).some((t) => t.text === ';')) break;
    // "attacked the town with mortars": what follows "with" is the means, not the object.
    if (sc.tokens.slice(pos, m0.outer).some((t) => t.lower === 'with')) break;
    if (m0.compound) continue;
    // "killed the head of X": X names the head, it is not the one killed.
    const before = sc.tokens[m0.outer - 1];
    const before2 = sc.tokens[m0.outer - 2];
    if (before?.lower === 'of' && before2?.word && !before2.cap && m0.outer - 1 > pos) continue;
    if (before?.lower === 'of' && DETS.has(before2?.lower ?? '')) continue;
    // "killed Kennedy assassin Oswald", "killing transit district employee Martinelli":
    // the first name only says whose the person named after the noun is.
    const m = personAfterNoun(c, sc, m0) ?? owned(sc, m0);
    const t = typeOf(c, m);
    if (t && types.includes(t)) return m;
  }
  return undefined;
}

/** Words that join phrases: "lives in Birmingham and actor X" says nothing of Birmingham's actor. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/** The person named right after `m` and a person noun ("Kennedy assassin Oswald"), if any. */
function personAfterNoun(c: Ctx, sc: SentenceContext, m: Mention): Mention | undefined {
  let k = m.e;
  const plain = (w: Token | undefined) =>
    w?.word && !w.cap && !PREPS.has(w.lower) && !DETS.has(w.lower) && !JOINS.has(w.lower);
  while (k < m.e + 2 && plain(sc.tokens[k])) k++;
  const noun = sc.tokens[k - 1];
  if (k === m.e || !noun || !describesPersonNoun(c, noun.lower)) return undefined;
  const p = mentionAt(sc, k);
  return p && typeOf(c, p) === 'Person' ? p : undefined;
}

/** Whether a word names a kind of person ("student", "policeman": data/lexicon.json, personNouns). */
function describesPersonNoun(c: Ctx, w: string): boolean {
  return c.lex.set('personNouns').has(w) || /(?:man|woman)$/.test(w);
}

export function negated(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const w = at(tokens, i);
    if (w === 'not' || w === "n't" || w === 'never' || w.endsWith("n't")) return true;
  }
  return false;
}

/** "X, convicted of murdering Y", "X, suspected of the assassination of Y": X is the one charged. */
export function chargedSubject(c: Ctx, sc: SentenceContext, k: number): Mention | undefined {
  for (let i = k - 1; i >= Math.max(1, k - 5); i--) {
    if (!CHARGED.has(at(sc.tokens, i))) continue;
    let j = i - 1;
    if (at(sc.tokens, j) === 'was' || at(sc.tokens, j) === 'is') j--;
    if (at(sc.tokens, j) === ',') j--;
    const m = sc.mentions.find((x) => x.e === j + 1);
    return m && typeOf(c, m) === 'Person' ? m : undefined;
  }
  return undefined;
}

/** "the man convicted of killing Y": the one charged is a person noun, not a name (so no subject is read). */
export function chargedNoun(c: Ctx, sc: SentenceContext, k: number): boolean {
  for (let i = k - 1; i >= Math.max(1, k - 5); i--) {
    if (!CHARGED.has(at(sc.tokens, i))) continue;
    const w = sc.tokens[i - 1];
    return Boolean(w?.word && !w.cap && describesPersonNoun(c, w.lower));
  }
  return false;
}

/** The mention at `k`, or after a determiner there. */
export function mentionAfterDet(sc: SentenceContext, k: number): Mention | undefined {
  return mentionAt(sc, k) ?? (DETS.has(at(sc.tokens, k)) ? mentionAt(sc, k + 1) : undefined);
}
