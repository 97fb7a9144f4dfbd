import type { SentenceContext } from '../../sentence-context.js';
import type { Token } from '../../tokenize.js';
import type { Mention } from '../../types.js';
import { groupOfCountry } from '../country-group.js';
import { hostTarget } from '../roles.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';
import {
  ORG_PREPS,
  ROLE_PREPS,
  ROLE_TARGET_TYPES,
  type Role,
  roleAt,
  roleRelation,
  roleRelationTo,
} from './role-lookup.js';
import { at, describedOrg, mentionAt, owned } from './tokens.js';
import { DETS } from './words.js';

/** Where the appositive after `m` starts (past an age and a copula), or -1 when none does. */
function appositiveStart(c: Ctx, sc: SentenceContext, m: Mention): number {
  const { tokens } = sc;
  let k = m.e;
  // "X, 58, was acting comptroller at Y" and "X is the head of Y" read like appositives.
  if (
    at(tokens, k) === ',' &&
    /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') &&
    at(tokens, k + 2) === ','
  )
    k += 2;
  const copula =
    at(tokens, k) === 'is' ||
    at(tokens, k) === 'was' ||
    at(tokens, k + 1) === 'is' ||
    at(tokens, k + 1) === 'was';
  if (at(tokens, k) !== ',' && !copula) return -1;
  if (copula && typeOf(c, m) !== 'Person' && !firmCopula(c, sc, m, k)) return -1;
  k += at(tokens, k) === ',' ? 1 : 0;
  if (at(tokens, k) === 'is' || at(tokens, k) === 'was') k++;
  if (at(tokens, k) === 'acting' || at(tokens, k) === 'former') k++;
  if (DETS.has(at(tokens, k))) k++;
  return k;
}

/**
 * "Banespa is the Sao Paulo state bank", "X is a Fort Worth bank holding
 * company": an organisation, "is" or "was" right after it, then an article and
 * a place. Such a copula reads like an appositive; the role words an
 * appositive of a person reads do not apply ("X is the leader in chips").
 */
function firmCopula(c: Ctx, sc: SentenceContext, m: Mention, k: number): boolean {
  const { tokens } = sc;
  if (typeOf(c, m) !== 'Organization' || !(at(tokens, k) === 'is' || at(tokens, k) === 'was'))
    return false;
  if (!DETS.has(at(tokens, k + 1))) return false;
  const loc = mentionAt(sc, k + 2);
  return loc !== undefined && typeOf(c, loc) === 'Location' && !loc.compound;
}

/** Compound inside the appositive: "X, an Iranian-supported militia". */
function appositiveCompound(c: Ctx, sc: SentenceContext, m: Mention): void {
  const comp = sc.mentions.find((n) => n.compound && n.s >= m.e + 1 && n.s <= m.e + 3);
  if (!comp) return;
  const rel = c.cues.compounds.get(comp.compound as string);
  if (rel === 'SUPPORTS') emit(c, 'SUPPORTS', comp, m, sc.index, 0.8);
  if (comp.compound === 'based') emit(c, 'BASED_IN', m, comp, sc.index, 0.7);
}

/** An organisation named later in the phrase: the place is where it is, not what the role is of. */
function orgAfter(
  c: Ctx,
  sc: SentenceContext,
  from: number,
  to: number,
  noComma: boolean,
): boolean {
  return sc.mentions.some(
    (x) =>
      x.outer >= from &&
      x.outer <= to &&
      typeOf(c, x) === 'Organization' &&
      !x.compound &&
      !(noComma && sc.tokens.slice(from, x.outer).some((y) => y.text === ',')),
  );
}

/**
 * Whether a word between `from` and `to` places an unnamed thing before the name at `to`: a
 * locative preposition or a placing participle ("Q mart based in Flint", "a bank in Flint").
 */
function placedElsewhere(sc: SentenceContext, from: number, to: number): boolean {
  return sc.tokens
    .slice(from, to)
    .some((t) => WORDS.locativePrepositions.has(t.lower) || WORDS.placingParticiples.has(t.lower));
}

/** What a role followed by a preposition is of: "the head of Y", "a spokesman for Y". */
function roleObject(c: Ctx, sc: SentenceContext, r: Role): Mention | undefined {
  const { tokens } = sc;
  const near = sc.mentions
    .filter((x) => x.outer > r.end && x.outer <= r.end + 12)
    .sort((a, b) => a.s - b.s);
  for (const n of near) {
    if (n.compound) continue;
    if (tokens.slice(r.end, n.outer).some((t) => t.text === ',' || t.text === ';')) break;
    const o = owned(sc, n);
    const t = typeOf(c, o);
    if (!t || !ROLE_TARGET_TYPES.includes(t)) continue;
    // "a spokeswoman for Q mart based in Flint": a place after a word of its own that places
    // something else ("based", "in") is where that is, not what the role is of.
    if (t === 'Location' && placedElsewhere(sc, r.end + 1, o.outer)) continue;
    if (t === 'Location' && !o.country && orgAfter(c, sc, o.e, r.end + 12, false)) continue;
    if (t === 'Location' && o.country && r.role !== 'native' && orgAfter(c, sc, o.e, o.e + 8, true))
      continue;
    return o;
  }
  return undefined;
}

/** Nouns that stand for the whole group: "chairman of the board of Y" still leads Y. */
const WHOLE_GROUP = WORDS.wholeGroupNouns;

/**
 * A role held over a part of the group, not the group: "director of export
 * finance at Y", "chief of Y's lending division". A lower-case word between
 * the role's preposition and the name, or after the name's "'s", names the part.
 */
function ofPart(sc: SentenceContext, r: Role, target: Mention): boolean {
  const { tokens } = sc;
  // "X, Y's chairman": the role comes after the name and is of it.
  if (target.outer < r.end) return false;
  const prep = (w: string) => ROLE_PREPS.has(w) || ORG_PREPS.has(w);
  let part = false;
  for (let k = r.end + 1; k < target.outer; k++) {
    const t = tokens[k] as Token;
    // The part is a phrase with a preposition after it: "of export finance at Y", not "of the banned Y".
    if (part && prep(t.lower)) return true;
    if (t.word && !t.cap && !DETS.has(t.lower) && !prep(t.lower) && !WHOLE_GROUP.has(t.lower))
      part = true;
  }
  for (let k = r.end + 1; k < target.outer; k++) {
    const s = at(tokens, k);
    if ((s === "'s" || s === '’s') && tokens[k + 1]?.word && !tokens[k + 1]?.cap) return true;
  }
  const after = at(tokens, target.e);
  return (
    (after === "'s" || after === '’s') &&
    Boolean(tokens[target.e + 1]?.word && !tokens[target.e + 1]?.cap)
  );
}

/** The relation of `m` that an appositive role states, when it names what the role is of. */
function appositiveRole(c: Ctx, sc: SentenceContext, m: Mention, r: Role): void {
  // "CBS News, Secretary of State X": a title of the next name, not an appositive.
  if (sc.mentions.some((n) => n.outer <= r.mods && n.e > r.mods)) return;
  // "Secretary X, Y Bank chairman Z": the role is the title of the next name in a list.
  if (sc.mentions.some((n) => n.s === r.end && typeOf(c, n) === 'Person')) return;
  const p = at(sc.tokens, r.end);
  // "X, the ambassador to Cuba": the host of a post abroad is no body X serves.
  if (hostTarget(r.role, p)) return;
  const target = ROLE_PREPS.has(p)
    ? roleObject(c, sc, r)
    : // "X, Iran's foreign minister" / "X, the Iranian president".
      sc.mentions.find((n) => n.s >= m.e + 1 && n.e <= r.mods && !n.compound);
  if (target) {
    let rel = roleRelation(c, r.role, target);
    if (rel === 'LEADS' && typeOf(c, target) === 'Organization' && ofPart(sc, r, target))
      rel = 'WORKS_FOR';
    if (rel) emit(c, rel, m, target, sc.index, 0.8);
    return;
  }
  const org = ORG_PREPS.has(p) ? describedOrg(c, sc, r.end + 1) : undefined;
  if (org === undefined) return;
  const rel = roleRelationTo(c, r.role, org, false, m.name);
  if (rel) emit(c, rel, m, org, sc.index, 0.6);
}

/** "X, the head of Y", "X, a spokesman for Y", "X, Iran's foreign minister", "X, an Iranian-supported militia". */
export function appositives(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (m.compound) continue;
    const k = appositiveStart(c, sc, m);
    if (k < 0) continue;
    const w = at(sc.tokens, m.e);
    const firmIs = typeOf(c, m) === 'Organization' && (w === 'is' || w === 'was');
    const r = firmIs ? undefined : roleAt(c, sc.tokens, k, 4);
    appositiveCompound(c, sc, m);
    if (r) appositiveRole(c, sc, m, coordinatedRole(c, sc, m, r));
    else appositiveWithoutRole(c, sc, m, k);
  }
}

/**
 * "X, chairman and president of Y": two roles joined by "and" are held at
 * what follows the second. The phrase ends there; of the two, a role that
 * leads the target is kept over one that works for it.
 */
function coordinatedRole(c: Ctx, sc: SentenceContext, m: Mention, r: Role): Role {
  const { tokens } = sc;
  const and = at(tokens, r.end);
  if (and !== 'and' && and !== '&') return r;
  const r2 = roleAt(c, tokens, r.end + 1, 0);
  if (!r2 || !ROLE_PREPS.has(at(tokens, r2.end))) return r;
  const joined = { role: r.role, end: r2.end, mods: r.mods };
  const target = roleObject(c, sc, joined);
  if (!target || target === m) return joined;
  const leads = (role: string) => roleRelation(c, role, target) === 'LEADS';
  return leads(r.role) || !leads(r2.role) ? joined : { ...joined, role: r2.role };
}

/** Whether a country and its "'s" open the appositive at k ("X, West Germany's largest bank"). */
function countryOwns(sc: SentenceContext, k: number): boolean {
  const loc = mentionAt(sc, k);
  if (!loc?.country || loc.s !== k) return false;
  const w = at(sc.tokens, loc.e);
  return w === "'s" || w === '’s';
}

/**
 * Where the noun that describes a firm starts after the place that opens its
 * appositive: right after it ("a Toledo maker"), after the region the town is
 * written with ("a Toledo, Ohio, maker of auto parts"), or after a country's
 * "'s" ("West Germany's third largest bank").
 */
function describedFrom(c: Ctx, sc: SentenceContext, loc: Mention): number {
  const { tokens } = sc;
  const w = at(tokens, loc.e);
  if ((w === "'s" || w === '’s') && loc.country) return loc.e + 1;
  if (w !== ',') return loc.e;
  const region = mentionAt(sc, loc.e + 1);
  if (!region || !(region.region || region.province) || typeOf(c, region) !== 'Location')
    return loc.e;
  return at(tokens, region.e) === ',' ? region.e + 1 : loc.e;
}

/** "X, an ecologist at Cornell University", "X, a 72-year-old deputy from Sevastopol". */
function appositiveWithoutRole(c: Ctx, sc: SentenceContext, m: Mention, k: number): void {
  if (typeOf(c, m) === 'Organization' && (DETS.has(at(sc.tokens, k - 1)) || countryOwns(sc, k))) {
    // "Kestrel Harbour Holdings, a Hong Kong shipping firm", "X, West Germany's largest bank".
    const loc = mentionAt(sc, k);
    if (!loc || typeOf(c, loc) !== 'Location' || loc.compound) return;
    // "a Chinese language daily": the demonym names the paper's language, not its seat.
    if (loc.demonym && WORDS.languageNouns.has(at(sc.tokens, loc.e))) return;
    const from = describedFrom(c, sc, loc);
    for (let i = from; i < Math.min(sc.tokens.length, from + 4); i++) {
      const t = sc.tokens[i] as Token;
      if (!t.word || t.cap) return;
      if (c.lex.set('orgNouns').has(t.lower)) {
        emit(
          c,
          loc.country ? groupOfCountry(c.cues, sc.tokens, m) : 'BASED_IN',
          m,
          loc,
          sc.index,
          0.5,
        );
        return;
      }
    }
    return;
  }
  if (typeOf(c, m) !== 'Person' || !DETS.has(at(sc.tokens, k - 1))) return;
  for (let i = k; i < Math.min(sc.tokens.length, k + 6); i++) {
    const t = sc.tokens[i] as Token;
    if (!t.word || t.cap) return;
    if (!['at', 'with', 'for', 'from', 'of', 'in'].includes(t.lower)) continue;
    if (i === k) return;
    let j = i + 1;
    if (DETS.has(at(sc.tokens, j))) j++;
    const d = mentionAt(sc, j);
    const target = d ? owned(sc, d) : undefined;
    const tt = target ? typeOf(c, target) : undefined;
    if (target && tt === 'Organization' && t.lower !== 'from' && t.lower !== 'in')
      emit(c, 'WORKS_FOR', m, target, sc.index, 0.4);
    else if (target && tt === 'Location' && (t.lower === 'from' || t.lower === 'of'))
      emit(c, target.country ? 'MEMBER_OF' : 'LIVES_IN', m, target, sc.index, 0.4);
    else if (!target) {
      const org = describedOrg(c, sc, i + 1);
      if (org !== undefined && t.lower !== 'from') emit(c, 'WORKS_FOR', m, org, sc.index, 0.4);
    }
    return;
  }
}
