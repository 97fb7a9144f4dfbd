import type { RelationCues } from '../../lexicon.js';
import type { SentenceContext } from '../../sentence-context.js';
import { spanHead, tokenAt } from '../../syntax/tree.js';
import type { EntityType, Mention, RelationType } from '../../types.js';
import { describingGerund } from '../describing-gerund.js';
import type { VerbCue as Cue } from '../types.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';
import { describedSubject } from './described-subject.js';
import { participleOfThing, reachedAcrossPhrase } from './moved-thing.js';
import {
  at,
  chargedNoun,
  chargedSubject,
  matchWords,
  mentionAt,
  negated,
  objectRight,
  subjectLeft,
} from './tokens.js';
import { BE, CHARGED, DETS, isAdverb, RELATIVE } from './words.js';

/** Relations a verb cue states of where someone or something is ("lives in", "offices in"). */
const PLACE_RELS: ReadonlySet<RelationType> = new Set([
  'DEPLOYED_TO',
  'BASED_IN',
  'LIVES_IN',
  'LOCATED_IN',
]);

/** Dependents that make a noun of a word the tagger calls one ("air raids", "their target"). */
const NOUN_MODIFIERS = new Set(['nmod:poss', 'amod', 'compound']);

/**
 * Whether the word at token k is a noun: the tagger says noun and the tree
 * gives it a determiner ("a rocket attack", "these attacks"); for a cue of
 * a deed (`deed`: not a place cue such as "offices in", which is a noun by
 * design) also a plural ("deficit targets for Congress", "semiconductor
 * orders") or a possessive, adjective or common-noun modifier ("their pricing
 * target", "a moratorium on air raids") before it; not one after ("shot dead
 * X", which the tagger may read as a noun "shot"). A name before it does not count:
 * the tagger reads "Booth shot Lincoln" as a noun "shot" with a compound
 * "Booth".
 */
function taggedNominal(sc: SentenceContext, k: number, deed: boolean): boolean {
  const t = sc.tokens[k];
  const i = t ? tokenAt(sc.syntax, t.start) : -1;
  const toks = sc.syntax.tokens;
  if (i < 0 || toks[i]?.upos !== 'NOUN') return false;
  if (deed && toks[i]?.xpos === 'NNS') return true;
  return toks.some(
    (d, j) =>
      d.head === i &&
      (d.deprel === 'det' ||
        (deed &&
          j < i &&
          NOUN_MODIFIERS.has(d.deprel) &&
          d.upos !== 'PROPN' &&
          !sc.mentions.some((m) => d.start >= m.start && d.end <= m.end))),
  );
}

/** Whether the cue word at token k describes the titled person after it ("striking Delta pilot X"). */
function describing(sc: SentenceContext, k: number): boolean {
  const t = sc.tokens[k];
  const i = t ? tokenAt(sc.syntax, t.start) : -1;
  return i >= 0 && describingGerund(sc, i);
}

export function verbCues(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  // A sentence that names no one states no relation: leave it unparsed.
  if (!sc.mentions.length) return;
  for (let k = 0; k < tokens.length; k++) {
    const list = c.cues.byFirst.get(at(tokens, k));
    if (!list) continue;
    // A cue word inside a name is part of the name: "Little Miss Sure Shot" shoots no one.
    if (sc.mentions.some((m) => m.s <= k && k < m.e)) continue;
    const matching = list.filter((q) => matchWords(tokens, k, q.words));
    if (!matching.length) continue;
    const deed = matching.some((q) => !PLACE_RELS.has(q.rel));
    if (sc.parsed !== false && (taggedNominal(sc, k, deed) || describing(sc, k))) continue;
    // In a sentence not parsed yet, the cue is read first and undone if the word is a noun with
    // a determiner: the tree that says so is built only where the cue found something.
    const found = c.out.length;
    const pending = c.pending;
    const longest = matching[0]?.words.length ?? 0;
    for (const cue of matching) if (cue.words.length === longest) verbCue(c, sc, k, cue);
    if (
      sc.parsed === false &&
      (c.out.length !== found || c.pending !== pending) &&
      (taggedNominal(sc, k, deed) || describing(sc, k))
    ) {
      c.out.length = found;
      c.pending = pending;
    }
  }
}

const NOT_AFTER = WORDS.notBeforeVerbCue;

/** Deeds an infinitive after a threat may name: "threatened to attack X" threatens X. */
const DEEDS: ReadonlySet<RelationType> = new Set(['ATTACKED', 'KILLED']);

function verbCue(c: Ctx, sc: SentenceContext, k: number, cue: Cue): void {
  // Support and leadership are read from the tree alone (data/relation-words.json, treeOnlyRelations).
  if (WORDS.treeOnlyRelations.has(cue.rel)) return;
  const { tokens } = sc;
  {
    const end = k + cue.words.length;
    // Nouns and embedded infinitives: "a 2012 bombing", "from threatening", "order to kill".
    const prevTok = at(tokens, k - 1);
    const charged = prevTok === 'of' && CHARGED.has(at(tokens, k - 2));
    if ((NOT_AFTER.has(prevTok) && !charged) || /^\d/.test(prevTok)) return;
    const rc = c.lex.cues.relations[cue.rel] as RelationCues;
    if (negated(tokens, k)) return;
    if (cue.kind === 'mover') {
      moved(c, sc, k, end, cue.rel);
      return;
    }
    // Passive: "X was killed by Y", "X, killed by Y".
    let b = k - 1;
    while (b >= 0 && isAdverb(at(tokens, b))) b--;
    const passive = BE.has(at(tokens, b)) || at(tokens, end) === 'by';
    if (passive) {
      const target = subjectLeft(c, sc, b >= 0 ? b + 1 : k, rc.target);
      let source: Mention | number | undefined;
      let by = -1;
      for (let i = end; i < Math.min(tokens.length, end + 12); i++) {
        const w = at(tokens, i);
        if (w === 'by') {
          by = i;
          break;
        }
        if (w === ';' || c.cues.byFirst.has(w) || RELATIVE.has(w)) break;
      }
      if (by >= 0) {
        const byAt = by + 1;
        source = objectRight(c, sc, byAt, rc.source, 6);
        // "killed by a roadside bomb near X", "struck by a car in X": a name reached
        // across a place preposition is where it happened, not who did it.
        if (source !== undefined && typeof source !== 'number' && placedAfter(sc, byAt, source))
          source = undefined;
        if (!source) source = strikeAgent(c, sc, byAt);
      } else if (at(tokens, end) === 'in') source = strikeAgent(c, sc, end + 1);
      if (source !== undefined && target !== undefined)
        emit(c, cue.rel, source, target, sc.index, 0.8);
      return;
    }
    if (PLACE_RELS.has(cue.rel)) {
      const target = objectRight(c, sc, end, rc.target, 4);
      // A reduced relative: "the X Division stationed at Y" is about the name right before.
      const right = sc.mentions.find(
        (m) => m.e === k || (m.e === k - 1 && at(tokens, k - 1) === ','),
      );
      const source =
        right && rc.source.includes(typeOf(c, right) as EntityType)
          ? right
          : subjectLeft(c, sc, k, rc.source);
      // "a telex sent to X": a participle of a thing, whatever the speaker before it.
      if (
        target &&
        source !== undefined &&
        !(cue.rel === 'DEPLOYED_TO' && participleOfThing(c, sc, k))
      )
        emit(c, cue.rel, source, target, sc.index, 0.7);
      return;
    }
    let source: Mention | number | undefined = charged ? chargedSubject(c, sc, k) : undefined;
    // "X wed the man convicted of killing Y": the man did it, not X.
    if (source === undefined && charged && chargedNoun(c, sc, k)) return;
    source ??= subjectLeft(c, sc, k, rc.source);
    if (source === undefined && strikeSubject(c, sc, k)) source = c.agent;
    const target = objectRight(
      c,
      sc,
      end,
      rc.target,
      cue.rel === 'WARNED' || cue.rel === 'THREATENED' ? 20 : 10,
    );
    // "attacked enemy positions in X", "troops attacked in X": a name reached only
    // across a place preposition is where it happened, not what was attacked.
    const where =
      target !== undefined &&
      tokens.slice(end, target.outer).some((t) => WORDS.locativePrepositions.has(t.lower));
    // "threatened to emulate X": an infinitive, whose object is no target of the threat
    // unless the infinitive is itself a deed done to it ("threatened to attack X").
    const deed = (c.cues.byFirst.get(at(tokens, end + 1)) ?? []).some((q) => DEEDS.has(q.rel));
    const infinitive =
      WORDS.infinitiveCueRelations.has(cue.rel) && at(tokens, end) === 'to' && !deed;
    if (source !== undefined && target && !where && !infinitive)
      for (const p of [target, ...conjoinedAfter(c, sc, target)])
        emit(c, cue.rel, source, p, sc.index, 0.7);
    const described = source === undefined && target ? describedSubject(c, sc, k) : undefined;
    if (described && target && c.pending === undefined)
      c.pending = { ...described, rel: cue.rel, target: target.entity as number, sent: sc.index };
  }
}

/**
 * The names of the target's type coordinated after it: "killed A and B",
 * "killed A, B and C", "killed A, B, and C". A list ends in "and": in "killed A, B said" B is
 * no second victim; nor is a name the tree makes a subject ("killed A and
 * B fled").
 */
function conjoinedAfter(c: Ctx, sc: SentenceContext, m: Mention): Mention[] {
  const out: Mention[] = [];
  const type = typeOf(c, m);
  let cur = m;
  for (;;) {
    const join = at(sc.tokens, cur.e);
    if (join !== ',' && join !== 'and') return [];
    const skip = join === ',' && at(sc.tokens, cur.e + 1) === 'and' ? 2 : 1;
    // ", and" closes a list of three or more; after one name it opens another clause.
    if (skip === 2 && !out.length) return [];
    const next = mentionAt(sc, cur.e + skip);
    if (!next || typeOf(c, next) !== type || subjectOfClause(sc, next)) return [];
    out.push(next);
    if (skip === 2 || join === 'and') return out;
    cur = next;
  }
}

/** Whether a name is the subject of a clause of its own: "killed A and B fled". */
function subjectOfClause(sc: SentenceContext, m: Mention): boolean {
  const toks = sc.syntax.tokens;
  let h = spanHead(sc.syntax, m.start, m.end);
  // A conjunct stands where the first of its list stands ("A and B fled": both subjects).
  for (let n = 0; h >= 0 && toks[h]?.deprel === 'conj' && n < 8; n++) h = toks[h]?.head ?? -1;
  return h >= 0 && /^nsubj/.test(toks[h]?.deprel ?? '');
}

/** Whether a locative preposition stands between token `from` and name `m`. */
function placedAfter(sc: SentenceContext, from: number, m: Mention): boolean {
  return sc.tokens.slice(from, m.outer).some((t) => WORDS.locativePrepositions.has(t.lower));
}

/** "by a U.S. airstrike", "in an American strike": the country that struck. */
function strikeAgent(c: Ctx, sc: SentenceContext, k: number): Mention | number | undefined {
  let i = k;
  while (DETS.has(at(sc.tokens, i))) i++;
  const m = mentionAt(sc, i);
  const after = m ? at(sc.tokens, m.e) : '';
  if (m && (c.cues.attackNouns.has(after) || c.cues.attackNouns.has(at(sc.tokens, m.e + 1))))
    return m;
  if (c.cues.attackNouns.has(at(sc.tokens, i)) && c.agent !== undefined) return c.agent;
  return undefined;
}

/** "The strike killed X": a subject that is a strike with no named agent. */
function strikeSubject(c: Ctx, sc: SentenceContext, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--)
    if (c.cues.attackNouns.has(at(sc.tokens, i))) return c.agent !== undefined;
  return false;
}

/** "ordered a battalion of X ... to Kuwait": ORDERED (for ordered) and DEPLOYED_TO. */
function moved(c: Ctx, sc: SentenceContext, k: number, end: number, rel: RelationType): void {
  const obj = objectRight(c, sc, end, ['Organization', 'Person'], 10);
  if (!obj || reachedAcrossPhrase(sc, end, obj)) return;
  if (at(sc.tokens, k) === 'ordered')
    emit(
      c,
      'ORDERED',
      subjectLeft(c, sc, k, ['Person', 'Organization', 'Location']),
      obj,
      sc.index,
      0.6,
    );
  for (let i = obj.e; i < Math.min(sc.tokens.length, obj.e + 16); i++) {
    if (at(sc.tokens, i) === ';') break;
    if (at(sc.tokens, i) !== 'to') continue;
    const loc = objectRight(c, sc, i + 1, ['Location'], 2);
    if (loc) {
      emit(c, rel, obj, loc, sc.index, 0.6);
      break;
    }
  }
}
