import type { Cluster } from '../../resolve/in-document.js';
import { MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS_DOTTED, MONTH_NAMES } from '../calendar.js';
import type { Lexicon, RelationCues } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import { tokenAt } from '../syntax/tree.js';
import { firstWordIndex, type Token } from '../tokenize.js';
import { type EntityType, isRelationType, type Mention } from '../types.js';
import { LEADS_COUNTRY, roleRelationTo as roleRelationOf } from './roles.js';
import type { VerbCue as Cue, CueIndex, FoundRelation } from './types.js';

// The token-window passes: relation rules that read the words around the
// names rather than the tree. They run after the tree rules (rules/), and the
// index (index.ts) keeps only the passes that still find relations the tree
// rules miss on CoNLL04 train and dev; every relation names its pass.

const PREPS = new Set([
  'of',
  'by',
  'for',
  'to',
  'from',
  'in',
  'at',
  'on',
  'with',
  'near',
  'into',
  'against',
  'toward',
  'towards',
  'over',
  'about',
  'like',
  'including',
  'than',
  'between',
  'among',
  'under',
  'across',
  'around',
  'through',
  'without',
  'within',
  'via',
  'outside',
  'inside',
  'behind',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'get', 'gets']);
const ADVERB = /ly$|^(?:also|not|never|reportedly|allegedly|later|then|already|just|both|all)$/;
const DETS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
const SUBORD = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'although',
  'though',
  'if',
  'since',
  'until',
  'unless',
  'whereas',
  'whether',
]);
const DATE_WORDS = new Set<string>([
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS_DOTTED,
  ...MONTH_NAMES,
]);
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom']);
const CHARGED = new Set([
  'convicted',
  'accused',
  'guilty',
  'suspected',
  'charged',
  'acquitted',
  'arrested',
  'sentenced',
]);
const PHRASE_WORDS = new Set([
  'in',
  'of',
  'known',
  'as',
  'called',
  'named',
  'such',
  'including',
  'and',
  'the',
  'a',
  'an',
  'shiite',
  'sunni',
  'armed',
  'paramilitary',
  'local',
  'allied',
]);
const LOC_OF = new Set([
  'city',
  'town',
  'village',
  'capital',
  'province',
  'region',
  'district',
  'port',
  'enclave',
  'state',
  'island',
  'county',
]);
// Maps, not object literals: a word of the text ("constructor") must never find a prototype property.
const PRONOUN = new Map<string, EntityType[]>([
  ['he', ['Person']],
  ['she', ['Person']],
  ['it', ['Organization', 'Location']],
  ['they', ['Organization']],
]);

interface Ctx {
  sents: SentenceContext[];
  clusters: Cluster[];
  lex: Lexicon;
  cues: CueIndex;
  out: FoundRelation[];
  /** The pass running now: every relation it emits names it. */
  rule: string;
  /** Who carried out the last strike the text spoke of ("the strike killed X"). */
  agent?: number;
  /** A described subject waiting for its name ("an adviser to X warned Y"). */
  pending?: Pending;
}

const typeOf = (c: Ctx, m: Mention): EntityType | undefined =>
  m.entity === undefined ? undefined : c.clusters[m.entity]?.type;

function emit(
  c: Ctx,
  rel: string,
  a: Mention | number | undefined,
  b: Mention | number | undefined,
  from: number,
  conf: number,
  to = from,
): void {
  const s = typeof a === 'number' ? a : a?.entity;
  const t = typeof b === 'number' ? b : b?.entity;
  if (s === undefined || t === undefined || s === t) return;
  const cues = c.lex.cues.relations[rel];
  const st = c.clusters[s]?.type;
  const tt = c.clusters[t]?.type;
  if (!cues || !st || !tt || !cues.source.includes(st) || !cues.target.includes(tt)) return;
  if (!isRelationType(rel)) return;
  c.out.push({
    source: s,
    target: t,
    type: rel,
    from,
    to,
    confidence: conf,
    rule: c.rule,
    polarity: 'asserted',
    modality: 'happened',
    attributedTo: [],
    anchor: -1,
  });
}

function at(tokens: Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

function matchWords(tokens: Token[], k: number, words: string[]): boolean {
  return words.every((w, i) => at(tokens, k + i) === w);
}

/** The mention that starts at token k (its outer start), if any. */
function mentionAt(sc: SentenceContext, k: number): Mention | undefined {
  return sc.mentions.find((m) => m.outer === k || m.s === k);
}

/** "Chad's Coastal Guard": a possessor followed by what it owns stands for the owned. */
function owned(sc: SentenceContext, m: Mention): Mention {
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
function subjectLeft(
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
    if (p) return antecedent(c, sc.index, p);
  }
  if (types.includes('Organization'))
    for (let k = pos - 2; k >= Math.max(0, pos - 4); k--) {
      const d = describedOrg(c, sc, k);
      if (d !== undefined) return d;
    }
  return undefined;
}

/** The entity a subject pronoun refers to: the first fitting name of the sentence before. */
function antecedent(c: Ctx, sent: number, types: EntityType[]): number | undefined {
  for (let s = sent - 1; s >= Math.max(0, sent - 2); s--) {
    const sc = c.sents[s];
    if (!sc) continue;
    for (const m of [...sc.mentions].sort((a, b) => a.s - b.s)) {
      const t = typeOf(c, m);
      if (t && types.includes(t) && !m.compound && !m.demonym && !isPrepObject(sc, m))
        return m.entity;
    }
  }
  return undefined;
}

/** "the agency", "the same militia": the organisation last named with that noun, before token k. */
function describedOrg(c: Ctx, sc: SentenceContext, k: number): number | undefined {
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
function objectRight(
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
    if (m0.compound) continue;
    // "killed the head of X": X names the head, it is not the one killed.
    const before = sc.tokens[m0.outer - 1];
    const before2 = sc.tokens[m0.outer - 2];
    if (before?.lower === 'of' && before2?.word && !before2.cap && m0.outer - 1 > pos) continue;
    if (before?.lower === 'of' && DETS.has(before2?.lower ?? '')) continue;
    const m = owned(sc, m0);
    const t = typeOf(c, m);
    if (t && types.includes(t)) return m;
  }
  return undefined;
}

function negated(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const w = at(tokens, i);
    if (w === 'not' || w === "n't" || w === 'never' || w.endsWith("n't")) return true;
  }
  return false;
}

const NOMINAL = new Map<string, string>(
  ['assassination', 'slaying', 'killing', 'murder', 'slayings', 'killings', 'murders'].map((w) => [
    w,
    'KILLED',
  ]),
);

/** "X was sentenced for the assassination of Y", "X ... in the slaying of Y". */
function nominals(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (let k = 1; k < tokens.length - 1; k++) {
    const rel = NOMINAL.get(at(tokens, k)) ?? (at(tokens, k) === 'shooting' ? 'KILLED' : undefined);
    if (!rel) continue;
    const rc = c.lex.cues.relations[rel] as RelationCues;
    let target: Mention | undefined;
    if (at(tokens, k + 1) === 'of' && NOMINAL.has(at(tokens, k)))
      target = objectRight(c, sc, k + 2, rc.target, 4);
    else {
      // "Kennedy's killing".
      const poss = at(tokens, k - 1);
      if (poss === "'s" || poss === '’s') target = sc.mentions.find((m) => m.e === k - 1);
    }
    if (!target || typeOf(c, target) !== 'Person') continue;
    const by =
      at(tokens, target.e) === 'by' ? objectRight(c, sc, target.e + 1, rc.source, 3) : undefined;
    const source = by ?? chargedSubject(c, sc, k) ?? subjectLeft(c, sc, k, ['Person']);
    if (source !== undefined) emit(c, rel, source, target, sc.index, 0.5);
  }
}

/** "X, convicted of murdering Y", "X, suspected of the assassination of Y": X is the one charged. */
function chargedSubject(c: Ctx, sc: SentenceContext, k: number): Mention | undefined {
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

/**
 * Whether the word at token k is a noun with a determiner ("a rocket attack",
 * "these attacks"): the tagger says noun and the tree gives it a determiner.
 */
function taggedNominal(sc: SentenceContext, k: number): boolean {
  const t = sc.tokens[k];
  const i = t ? tokenAt(sc.syntax, t.start) : -1;
  if (i < 0 || sc.syntax.tokens[i]?.upos !== 'NOUN') return false;
  return sc.syntax.tokens.some((d) => d.head === i && d.deprel === 'det');
}

function verbCues(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  // A sentence that names no one states no relation: leave it unparsed.
  if (!sc.mentions.length) return;
  for (let k = 0; k < tokens.length; k++) {
    const list = c.cues.byFirst.get(at(tokens, k));
    if (!list) continue;
    const matching = list.filter((q) => matchWords(tokens, k, q.words));
    if (!matching.length || taggedNominal(sc, k)) continue;
    const longest = matching[0]?.words.length ?? 0;
    for (const cue of matching) if (cue.words.length === longest) verbCue(c, sc, k, cue);
  }
}

const NOT_AFTER = new Set([
  '-',
  '–',
  'from',
  'of',
  'to',
  'for',
  'about',
  'against',
  'at',
  'on',
  'without',
  'a',
  'an',
  'the',
  "'s",
  '’s',
  'its',
  'his',
  'their',
]);

function verbCue(c: Ctx, sc: SentenceContext, k: number, cue: Cue): void {
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
    while (b >= 0 && ADVERB.test(at(tokens, b))) b--;
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
        if (!source) source = strikeAgent(c, sc, byAt);
      } else if (at(tokens, end) === 'in') source = strikeAgent(c, sc, end + 1);
      if (source !== undefined && target !== undefined)
        emit(c, cue.rel, source, target, sc.index, 0.8);
      return;
    }
    if (
      cue.rel === 'DEPLOYED_TO' ||
      cue.rel === 'BASED_IN' ||
      cue.rel === 'LIVES_IN' ||
      cue.rel === 'LOCATED_IN'
    ) {
      const target = objectRight(c, sc, end, rc.target, 4);
      // A reduced relative: "the X Division stationed at Y" is about the name right before.
      const right = sc.mentions.find(
        (m) => m.e === k || (m.e === k - 1 && at(tokens, k - 1) === ','),
      );
      const source =
        right && rc.source.includes(typeOf(c, right) as EntityType)
          ? right
          : subjectLeft(c, sc, k, rc.source);
      if (target && source !== undefined) emit(c, cue.rel, source, target, sc.index, 0.7);
      return;
    }
    let source: Mention | number | undefined = charged ? chargedSubject(c, sc, k) : undefined;
    source ??= subjectLeft(c, sc, k, rc.source);
    if (source === undefined && strikeSubject(c, sc, k)) source = c.agent;
    const target = objectRight(
      c,
      sc,
      end,
      rc.target,
      cue.rel === 'WARNED' || cue.rel === 'THREATENED' ? 20 : 10,
    );
    if (source !== undefined && target) emit(c, cue.rel, source, target, sc.index, 0.7);
    const described = source === undefined && target ? describedSubject(c, sc, k) : undefined;
    if (described && target && c.pending === undefined)
      c.pending = { ...described, rel: cue.rel, target: target.entity as number, sent: sc.index };
  }
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

/** Who carried out strikes: "X carried out an airstrike", "A U.S. airstrike". */
function trackAgent(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const m of sc.mentions) {
    if (m.compound) continue;
    const t = typeOf(c, m);
    if (t !== 'Organization' && t !== 'Location') continue;
    const w1 = at(tokens, m.e);
    if (c.cues.attackNouns.has(w1) && (m.outer === 0 || DETS.has(at(tokens, m.outer - 1)))) {
      c.agent = m.entity;
      continue;
    }
    for (const v of c.lex.cues.agentVerbs) {
      const words = v.split(' ');
      if (!matchWords(tokens, m.e, words)) continue;
      for (let i = m.e + words.length; i < m.e + words.length + 4; i++)
        if (c.cues.attackNouns.has(at(tokens, i))) c.agent = m.entity;
    }
  }
}

/** "ordered a battalion of X ... to Kuwait": ORDERED (for ordered) and DEPLOYED_TO. */
function moved(c: Ctx, sc: SentenceContext, k: number, end: number, rel: string): void {
  const obj = objectRight(c, sc, end, ['Organization', 'Person'], 10);
  if (!obj) return;
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

interface Described {
  role: string;
  of?: number;
  rel?: string;
  target?: number;
  sent?: number;
}

/** A subject described, not named: "an adviser to X warned Y". */
function describedSubject(c: Ctx, sc: SentenceContext, k: number): Described | undefined {
  const { tokens } = sc;
  for (let i = Math.max(0, k - 12); i < k; i++) {
    if (!['a', 'an', 'the'].includes(at(tokens, i))) continue;
    for (const r of c.cues.roles) {
      let j = i + 1;
      while (
        j < k &&
        !matchWords(tokens, j, r.words) &&
        /^\p{Ll}/u.test(tokens[j]?.text ?? '') &&
        j < i + 3
      )
        j++;
      if (!matchWords(tokens, j, r.words)) continue;
      const p = j + r.words.length;
      if (!['to', 'of', 'for', 'with'].includes(at(tokens, p))) continue;
      const of =
        objectRight(c, sc, p + 1, ['Person'], 4) ??
        objectRight(c, sc, p + 1, ['Person', 'Organization', 'Location'], 4);
      if (!of) continue;
      return { role: r.phrase, of: of.entity as number };
    }
  }
  return undefined;
}

/** Settles a described subject when a following sentence names the speaker: "..., X wrote". */
function settle(c: Ctx, sc: SentenceContext, seen: Set<number>): void {
  const p = c.pending;
  if (!p || p.sent === undefined) return;
  if (sc.index - p.sent > 2) {
    c.pending = undefined;
    return;
  }
  if (sc.index === p.sent) return;
  for (const m of sc.mentions) {
    if (typeOf(c, m) !== 'Person' || m.entity === undefined || seen.has(m.entity)) continue;
    const w = at(sc.tokens, m.e);
    const before = at(sc.tokens, m.outer - 1);
    if (!c.cues.speech.has(w) && !c.cues.speech.has(before)) continue;
    if (p.rel && p.target !== undefined) emit(c, p.rel, m.entity, p.target, p.sent, 0.5, sc.index);
    const roleRel = c.cues.roleByPhrase.get(p.role)?.rels ?? [];
    const rel = roleRel.includes('WORKS_FOR') ? 'WORKS_FOR' : roleRel[0];
    if (rel && p.of !== undefined) emit(c, rel, m.entity, p.of, p.sent, 0.5, sc.index);
    c.pending = undefined;
    return;
  }
}

/** Relation type for a role noun held at a target. */
function roleRelation(c: Ctx, role: string, target: Mention | undefined): string | undefined {
  if (!target) return undefined;
  return roleRelationTo(c, role, target.entity, target.country === true, target.name);
}

/** The relation a role gives towards an entity (or, with none resolved, a name). */
function roleRelationTo(
  c: Ctx,
  role: string,
  entity: number | undefined,
  country: boolean,
  name: string,
): string | undefined {
  return roleRelationOf(c.cues, c.clusters, role, entity, country, name);
}

const NO_ROLES: CueIndex['roles'] = [];
/** Words a role search does not look past. */
const ROLE_STOPS = new Set(['of', 'for', 'to', 'and', 'who', 'that', 'said']);

/** Finds a role noun at token k (after determiners and modifiers); returns its phrase and end. */
function roleAt(
  c: Ctx,
  tokens: Token[],
  k: number,
  maxSkip = 3,
): { role: string; end: number; mods: number } | undefined {
  let i = k;
  for (let skip = 0; skip <= maxSkip; skip++) {
    for (const r of c.cues.rolesByFirst.get(at(tokens, i)) ?? NO_ROLES) {
      if (matchWords(tokens, i, r.words))
        return { role: r.phrase, end: i + r.words.length, mods: i };
    }
    const t = tokens[i];
    const poss = t?.lower === "'s" || t?.lower === '’s';
    if ((!t?.word && !poss) || ROLE_STOPS.has(t?.lower ?? '')) return undefined;
    i++;
  }
  return undefined;
}

/** A role phrase found after a name: the role, where it ends, and where its modifiers start. */
interface Role {
  role: string;
  end: number;
  mods: number;
}

const ROLE_PREPS = new Set(['of', 'for', 'to', 'at', 'with', 'in', 'from']);
const ORG_PREPS = new Set(['of', 'for', 'at', 'with']);
const ROLE_TARGET_TYPES: readonly EntityType[] = ['Organization', 'Location', 'Person'];

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
  if (copula && typeOf(c, m) !== 'Person') return -1;
  k += at(tokens, k) === ',' ? 1 : 0;
  if (at(tokens, k) === 'is' || at(tokens, k) === 'was') k++;
  if (at(tokens, k) === 'acting' || at(tokens, k) === 'former') k++;
  if (DETS.has(at(tokens, k))) k++;
  return k;
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
      x.outer > from &&
      x.outer <= to &&
      typeOf(c, x) === 'Organization' &&
      !x.compound &&
      !(noComma && sc.tokens.slice(from, x.outer).some((y) => y.text === ',')),
  );
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
    if (t === 'Location' && !o.country && orgAfter(c, sc, o.e, r.end + 12, false)) continue;
    if (t === 'Location' && o.country && r.role !== 'native' && orgAfter(c, sc, o.e, o.e + 8, true))
      continue;
    return o;
  }
  return undefined;
}

/** The relation of `m` that an appositive role states, when it names what the role is of. */
function appositiveRole(c: Ctx, sc: SentenceContext, m: Mention, r: Role): void {
  // "CBS News, Secretary of State X": a title of the next name, not an appositive.
  if (sc.mentions.some((n) => n.outer <= r.mods && n.e > r.mods)) return;
  const p = at(sc.tokens, r.end);
  const target = ROLE_PREPS.has(p)
    ? roleObject(c, sc, r)
    : // "X, Iran's foreign minister" / "X, the Iranian president".
      sc.mentions.find((n) => n.s >= m.e + 1 && n.e <= r.mods && !n.compound);
  if (target) {
    const rel = roleRelation(c, r.role, target);
    if (rel) emit(c, rel, m, target, sc.index, 0.8);
    return;
  }
  const org = ORG_PREPS.has(p) ? describedOrg(c, sc, r.end + 1) : undefined;
  if (org === undefined) return;
  const rel = roleRelationTo(c, r.role, org, false, m.name);
  if (rel) emit(c, rel, m, org, sc.index, 0.6);
}

/** "X, the head of Y", "X, a spokesman for Y", "X, Iran's foreign minister", "X, an Iranian-supported militia". */
function appositives(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (m.compound) continue;
    const k = appositiveStart(c, sc, m);
    if (k < 0) continue;
    const r = roleAt(c, sc.tokens, k, 4);
    appositiveCompound(c, sc, m);
    if (r) appositiveRole(c, sc, m, r);
    else appositiveWithoutRole(c, sc, m, k);
  }
}

/** "X, an ecologist at Cornell University", "X, a 72-year-old deputy from Sevastopol". */
function appositiveWithoutRole(c: Ctx, sc: SentenceContext, m: Mention, k: number): void {
  if (typeOf(c, m) === 'Organization' && DETS.has(at(sc.tokens, k - 1))) {
    // "Sun Hung Kai Properties, a Hong Kong construction firm".
    const loc = mentionAt(sc, k);
    if (!loc || typeOf(c, loc) !== 'Location' || loc.compound) return;
    for (let i = loc.e; i < Math.min(sc.tokens.length, loc.e + 4); i++) {
      const t = sc.tokens[i] as Token;
      if (!t.word || t.cap) return;
      if (c.lex.set('orgNouns').has(t.lower)) {
        emit(c, loc.country ? 'MEMBER_OF' : 'BASED_IN', m, loc, sc.index, 0.5);
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

/** Titles before names: "Iranian President X" (LEADS Iran), "Microsoft Chairman X", "Defense Secretary X". */
function titles(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (!m.title) continue;
    const title = m.title.replace(/^(?:former|acting|then|late|deputy|vice)\s+/, '');
    let owner: Mention | undefined = m.titleOf;
    const prev = at(sc.tokens, m.outer - 1);
    if (!owner && (prev === "'s" || prev === '’s'))
      owner = sc.mentions.find((x) => x.e === m.outer - 1);
    const words = title.split(/\s+/);
    const head = words[words.length - 1] as string;
    const dept = Object.entries(c.lex.words.roleDepartments).find(([k]) =>
      new RegExp(`\\b${k}\\b`).test(title),
    );
    if (dept && /secretary/.test(title)) {
      const inst = c.clusters.findIndex((x) => x.name === dept[1]);
      if (inst >= 0) {
        emit(c, 'LEADS', m, inst, sc.index, 0.7);
        continue;
      }
    }
    if (!owner) continue;
    let role = head;
    for (let i = 0; i < words.length; i++) {
      const two = words.slice(i, i + 2).join(' ');
      if (LEADS_COUNTRY.has(two)) {
        role = two;
        break;
      }
      if (LEADS_COUNTRY.has(words[i] as string)) {
        role = words[i] as string;
        break;
      }
    }
    const rel =
      roleRelation(c, role, owner) ??
      (typeOf(c, owner) === 'Location' ? (owner.country ? 'MEMBER_OF' : 'LIVES_IN') : undefined);
    if (rel) emit(c, rel, m, owner, sc.index, 0.8);
  }
}

/** "Chad's Coastal Guard", "Syria's Aleppo", "Microsoft's chairman, Bill Gates". */
function possessives(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const a of sc.mentions) {
    const w = at(tokens, a.e);
    if (w !== "'s" && w !== '’s') continue;
    const b = sc.mentions.find((n) => n.outer > a.e && n.outer <= a.e + 3 && n !== a);
    const ta = typeOf(c, a);
    const pr = b ? roleAt(c, tokens, a.e + 1, 1) : undefined;
    if (
      b &&
      pr &&
      at(tokens, pr.end) === ',' &&
      mentionAt(sc, pr.end + 1) === b &&
      typeOf(c, b) === 'Person'
    ) {
      // "President McKinley's assassin, Leon Czolgosz".
      const rel = roleRelation(c, pr.role, a);
      if (rel) emit(c, rel, b, a, sc.index, 0.7);
      continue;
    }
    if (b) {
      if (b.title && !b.titleOf) continue;
      if (b.facilityOf !== undefined) continue;
      const gap = tokens.slice(a.e + 1, b.outer);
      if (gap.some((t) => t.cap || !t.word)) continue;
      const r = roleAt(c, tokens, a.e + 1, 2);
      if (r && r.end <= b.outer) {
        const rel = roleRelation(c, r.role, a);
        if (rel) emit(c, rel, b, a, sc.index, 0.7);
        continue;
      }
      const tb = typeOf(c, b);
      if (ta === 'Location' && tb === 'Organization')
        emit(c, a.country ? 'MEMBER_OF' : 'BASED_IN', b, a, sc.index, 0.7);
      else if (ta === 'Location' && tb === 'Location' && !b.country)
        emit(c, 'LOCATED_IN', b, a, sc.index, 0.7);
      else if (ta === 'Organization' && tb === 'Person') emit(c, 'WORKS_FOR', b, a, sc.index, 0.5);
      else if (ta === 'Organization' && tb === 'Organization')
        emit(c, 'MEMBER_OF', b, a, sc.index, 0.5);
      else if (ta === 'Person' && tb === 'Organization') emit(c, 'WORKS_FOR', a, b, sc.index, 0.4);
      else if (ta === 'Location' && tb === 'Person')
        emit(c, a.country ? 'MEMBER_OF' : 'LIVES_IN', b, a, sc.index, 0.5);
      continue;
    }
    // "Microsoft's chairman, Bill Gates" / "Iran's supreme leader, X".
    const r = roleAt(c, tokens, a.e + 1, 2);
    if (!r) continue;
    let k = r.end;
    if (at(tokens, k) === ',') k++;
    const p = mentionAt(sc, k);
    if (p && typeOf(c, p) === 'Person') {
      const rel = roleRelation(c, r.role, a);
      if (rel) emit(c, rel, p, a, sc.index, 0.7);
    }
  }
}

/** "the Iraqi city of Kirkuk": the city is located in the country. */
function cityOfCountry(c: Ctx, sc: SentenceContext, a: Mention): void {
  const b = mentionAt(sc, a.e + 2);
  if (b && typeOf(c, b) === 'Location' && !b.country) emit(c, 'LOCATED_IN', b, a, sc.index, 0.8);
}

/** "Modesto, Calif.": a place, a comma, its region or country; not a list of places. */
function placeCommaRegion(c: Ctx, sc: SentenceContext, a: Mention): void {
  const { tokens } = sc;
  const b = mentionAt(sc, a.e + 1);
  if (
    !b ||
    typeOf(c, b) !== 'Location' ||
    !(b.region || b.country) ||
    b.demonym ||
    (a.region && b.region)
  )
    return;
  // Not a list of places: "West Germany, Britain, Japan".
  const nextPlace =
    at(tokens, b.e) === ',' || at(tokens, b.e) === 'and'
      ? (mentionAt(sc, b.e + 1) ??
        (at(tokens, b.e + 1) === 'and' ? mentionAt(sc, b.e + 2) : undefined))
      : undefined;
  const listAfter = nextPlace !== undefined && typeOf(c, nextPlace) === 'Location';
  const listBefore =
    at(tokens, a.outer - 1) === ',' &&
    sc.mentions.some((x) => x.e === a.outer - 1 && typeOf(c, x) === 'Location');
  const after = tokens[b.e];
  if ((!after?.word || !mentionAt(sc, b.e + 1)) && !listAfter && !listBefore)
    emit(c, 'LOCATED_IN', a, b, sc.index, 0.8);
}

/** The mention at `k`, or after a determiner there. */
function mentionAfterDet(sc: SentenceContext, k: number): Mention | undefined {
  return mentionAt(sc, k) ?? (DETS.has(at(sc.tokens, k)) ? mentionAt(sc, k + 1) : undefined);
}

/** Coordinated people ending in `a`: "A and B of C", "A, B and C of D". */
function coordinatedPeople(c: Ctx, sc: SentenceContext, a: Mention, ordered: Mention[]): Mention[] {
  const people = [a];
  let cur = a;
  for (;;) {
    const prev = ordered[ordered.indexOf(cur) - 1];
    if (!prev || typeOf(c, prev) !== 'Person') break;
    const gap = sc.tokens.slice(prev.e, cur.outer).map((t) => t.lower);
    if (
      !(gap.length === 1 && (gap[0] === 'and' || gap[0] === ',')) &&
      !(gap.length === 2 && gap[0] === ',' && gap[1] === 'and')
    )
      break;
    people.push(prev);
    cur = prev;
  }
  return people;
}

/** "X of Y": a person of an organisation works for it, of a place lives there. */
function personOf(c: Ctx, sc: SentenceContext, a: Mention, ofAt: number, ordered: Mention[]): void {
  const b0 = mentionAfterDet(sc, ofAt + 1);
  const b = b0 ? owned(sc, b0) : undefined;
  const tb = b ? typeOf(c, b) : undefined;
  if (!b || (tb !== 'Organization' && tb !== 'Location')) return;
  const rel = tb === 'Organization' ? 'WORKS_FOR' : 'LIVES_IN';
  for (const p of coordinatedPeople(c, sc, a, ordered)) emit(c, rel, p, b, sc.index, 0.7);
}

/** Relations a mention has with the name right after it, by their types and the word between. */
function adjacentTo(c: Ctx, sc: SentenceContext, a: Mention, ordered: Mention[]): void {
  const { tokens } = sc;
  const ta = typeOf(c, a);
  const countryOf =
    ta === 'Location' && a.country && LOC_OF.has(at(tokens, a.e)) && at(tokens, a.e + 1) === 'of';
  if (countryOf) cityOfCountry(c, sc, a);
  if (!ta || a.compound || a.demonym) return;
  const w = at(tokens, a.e);
  if (w === ',' && ta === 'Location' && !a.country) placeCommaRegion(c, sc, a);
  if (
    (w === 'in' || (w === ',' && at(tokens, a.e + 1) === 'in')) &&
    ta === 'Location' &&
    !a.country &&
    !a.region
  ) {
    const k = w === 'in' ? a.e + 1 : a.e + 2;
    const b = mentionAt(sc, k) ?? mentionAt(sc, k + 1);
    if (b && typeOf(c, b) === 'Location' && !b.demonym) emit(c, 'LOCATED_IN', a, b, sc.index, 0.7);
  }
  if ((w === 'at' || w === 'with') && ta === 'Person') {
    // "Shi Liming at the Institute of Zoology", "an economist with Drexel".
    const b = mentionAfterDet(sc, a.e + 1);
    if (b && typeOf(c, b) === 'Organization') emit(c, 'WORKS_FOR', a, b, sc.index, 0.4);
  }
  if ((w === 'in' || w === 'at' || w === 'of') && ta === 'Organization') {
    const b = mentionAfterDet(sc, a.e + 1);
    if (b && typeOf(c, b) === 'Location' && !b.demonym) emit(c, 'BASED_IN', a, b, sc.index, 0.5);
  }
  if (ta === 'Location' && matchWords(tokens, a.e, ['known', 'as'])) {
    // "militias in Iraq known as the X": X is based in Iraq.
    const b = objectRight(c, sc, a.e + 2, ['Organization'], 2);
    if (b && at(tokens, a.outer - 1) === 'in') emit(c, 'BASED_IN', b, a, sc.index, 0.6);
  }
  const ofAt = w === 'of' ? a.e : w === ',' && at(tokens, a.e + 1) === 'of' ? a.e + 1 : -1;
  if (ofAt >= 0 && ta === 'Person') {
    personOf(c, sc, a, ofAt, ordered);
    return;
  }
  if (
    w === ',' &&
    ta === 'Person' &&
    /^\d{1,3}$/.test(tokens[a.e + 1]?.text ?? '') &&
    at(tokens, a.e + 2) === ','
  ) {
    // "X, 29, of Y".
    const k = a.e + 3;
    const b = at(tokens, k) === 'of' ? mentionAt(sc, k + 1) : undefined;
    if (b && typeOf(c, b) === 'Location') emit(c, 'LIVES_IN', a, b, sc.index, 0.7);
  }
}

/** "Palm Beach, Fla.", "Tehran, Iran", "the U.S. Embassy in Baghdad", "X of The Associated Press". */
function adjacency(c: Ctx, sc: SentenceContext): void {
  const ordered = [...sc.mentions].sort((x, y) => x.s - y.s);
  for (const a of ordered) adjacentTo(c, sc, a, ordered);
}

/** A role noun between two names: "Modesto native George Lucas", "XBT spokesman Allan Fitzmaurice", "Kennedy assassin Sirhan". */
function preRoles(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const a of sc.mentions) {
    if (a.compound) continue;
    let k = a.e;
    if (at(tokens, k) === "'s" || at(tokens, k) === '’s') k++;
    const r = roleAt(c, tokens, k, 2);
    if (!r) continue;
    if (tokens.slice(k, r.end).some((t) => t.cap || !t.word)) continue;
    const b = mentionAt(sc, r.end);
    if (!b || typeOf(c, b) !== 'Person') continue;
    const rel =
      roleRelation(c, r.role, a) ?? (typeOf(c, a) === 'Location' ? 'LIVES_IN' : undefined);
    if (rel) emit(c, rel, b, a, sc.index, 0.6);
  }
  // "National Football League placekicker Mark Moseley", "Tempe plastic surgeon Richard Pavese":
  // an agent noun between an organisation or a place and a person.
  for (const a of sc.mentions) {
    const ta = typeOf(c, a);
    if ((ta !== 'Organization' && ta !== 'Location') || a.compound || a.demonym) continue;
    let k = a.e;
    while (
      k < a.e + 2 &&
      tokens[k]?.word &&
      !tokens[k]?.cap &&
      tokens[k + 1]?.word &&
      !tokens[k + 1]?.cap
    )
      k++;
    const w = tokens[k];
    const b = mentionAt(sc, k + 1);
    if (!w?.word || w.cap || !b || typeOf(c, b) !== 'Person') continue;
    const agent =
      /(?:er|or|ist|ian|man|woman|ee|ant|ent|eon)$/.test(w.lower) ||
      c.lex.set('personNouns').has(w.lower);
    if (!agent) continue;
    if (ta === 'Organization') emit(c, 'WORKS_FOR', b, a, sc.index, 0.4);
    else emit(c, a.country ? 'MEMBER_OF' : 'LIVES_IN', b, a, sc.index, 0.4);
  }
}

/** "Beijing XINHUA in English", "SAN FRANCISCO (AP)": a wire service and the city it files from. */
function credits(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (m.basedAt) emit(c, 'BASED_IN', m, m.basedAt, sc.index, 0.6);
  }
  const { tokens } = sc;
  // Datelines: "KARBALA, Iraq (AP)", "Moscow March 5 (ITAR-TASS)", "Saint-Gall, Switzerland, Feb 2 (AFP)".
  const start = firstWordIndex(tokens);
  const first = sc.mentions.find((m) => m.s === start);
  if (!first || typeOf(c, first) !== 'Location') return;
  const places = [first];
  let k = first.e;
  for (let n = 0; n < 10 && k < tokens.length; n++) {
    const t = tokens[k] as Token;
    const m = mentionAt(sc, k);
    if (m && typeOf(c, m) === 'Location') {
      places.push(m);
      k = m.e;
      continue;
    }
    if (t.text === ',' || /^\d{1,4}$/.test(t.text) || DATE_WORDS.has(t.lower)) {
      k++;
      continue;
    }
    break;
  }
  if (at(tokens, k) !== '(') return;
  const o = mentionAt(sc, k + 1);
  if (!o || typeOf(c, o) !== 'Organization' || at(tokens, o.e) !== ')') return;
  for (const p of places) emit(c, 'BASED_IN', o, p, sc.index, 0.5);
}

/** "X of Miami, Fla.": living in the city is living in its state; the same for places in a city. */
function closure(c: Ctx, sc: SentenceContext, from: number): void {
  const inSent = c.out.slice(from);
  for (const r of inSent) {
    if (r.type !== 'LOCATED_IN') continue;
    for (const up of inSent) {
      if (up.type !== 'LOCATED_IN' || up.source !== r.target || up === r) continue;
      if (!c.clusters[up.target] || c.clusters[up.source]?.type !== 'Location') continue;
      const place = sc.mentions.find((m) => m.entity === up.source);
      if (!place || sc.tokens[place.e]?.text !== ',') continue;
      emit(c, r.type, r.source, up.target, sc.index, Math.min(r.confidence, up.confidence) * 0.9);
    }
  }
}

/** "the deputy secretary of the Foreign Ministry, X": the role comes first. */
function preAppositives(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const m of sc.mentions) {
    if (typeOf(c, m) !== 'Person' || at(tokens, m.outer - 1) !== ',') continue;
    const org = [...sc.mentions].reverse().find((o) => o.e === m.outer - 1);
    if (!org || typeOf(c, org) !== 'Organization') continue;
    let k = org.outer - 1;
    if (DETS.has(at(tokens, k))) k--;
    if (!['of', 'for', 'at'].includes(at(tokens, k))) continue;
    for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
      const r = roleAt(c, tokens, i, 0);
      if (r && r.end === k) {
        const rel = roleRelation(c, r.role, org);
        if (rel) emit(c, rel, m, org, sc.index, 0.6);
        break;
      }
    }
  }
}

/** "Iran-backed militias known as X", "Chicago-based X". */
function compounds(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (!m.compound) continue;
    const rel = c.cues.compounds.get(m.compound);
    if (rel === 'LIVES_IN') {
      // "Minnesota-born artist X".
      const p = objectRight(c, sc, m.e + 2, ['Person'], 4);
      if (p) emit(c, m.country ? 'MEMBER_OF' : 'LIVES_IN', p, m, sc.index, 0.5);
      continue;
    }
    if (m.compound === 'based') {
      const o = objectRight(c, sc, m.e + 2, ['Organization'], 3);
      if (o) emit(c, 'BASED_IN', o, m, sc.index, 0.7);
      continue;
    }
    if (rel !== 'SUPPORTS') continue;
    // Appositive form is handled with appositives; here the phrase that follows.
    const before = at(sc.tokens, m.outer - 1);
    if (DETS.has(before) && at(sc.tokens, m.outer - 2) === ',') continue;
    const o = objectRight(c, sc, m.e + 2, ['Organization'], 12);
    if (!o) continue;
    // Only through the noun phrase the compound modifies: "Iran-backed militias in Iraq known as the X".
    const gap = sc.tokens.slice(m.e + 2, o.outer);
    const ok = gap.every(
      (t, i) =>
        PHRASE_WORDS.has(t.lower) ||
        sc.mentions.some(
          (x) => x.s <= m.e + 2 + i && x.e > m.e + 2 + i && typeOf(c, x) === 'Location',
        ) ||
        (t.word && !t.cap && /s$/.test(t.lower) && c.lex.set('orgNouns').has(t.lower)) ||
        c.lex.set('orgNouns').has(t.lower),
    );
    if (ok) emit(c, 'SUPPORTS', m, o, sc.index, 0.7);
  }
}

/** Facilities named after their place ("Baghdad's airport") lie in it. */
function facilities(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (m.facilityOf === undefined) continue;
    const place = sc.mentions[m.facilityOf];
    if (place) emit(c, 'LOCATED_IN', m, place, sc.index, 0.8);
  }
}

interface Pending extends Described {
  rel: string;
  target: number;
  sent: number;
}

/** The token-window passes by name, in the order they run within a sentence. */
const PASSES: Record<string, (c: Ctx, sc: SentenceContext) => void> = {
  'window-strike-agent': trackAgent,
  'window-verb-cue': verbCues,
  'window-nominal': nominals,
  'window-appositive': appositives,
  'window-title': titles,
  'window-possessive': possessives,
  'window-adjacency': adjacency,
  'window-pre-role': preRoles,
  'window-pre-appositive': preAppositives,
  'window-credit': credits,
  'window-compound': compounds,
  'window-facility': facilities,
};

export type WindowPass = keyof typeof PASSES | 'window-described-subject' | 'window-place-chain';

/**
 * The token-window relations of a document: the passes named in `keep`, in
 * their fixed order. `found` holds what earlier rules found in each sentence
 * (the place chain "X, Y, Z" reads them too).
 */
export function findWindowRelations(
  sents: SentenceContext[],
  clusters: Cluster[],
  lex: Lexicon,
  cues: CueIndex,
  keep: ReadonlySet<string>,
  found: readonly FoundRelation[] = [],
): FoundRelation[] {
  // agent and pending present from the start keep one hidden class for Ctx (see make in mentions.ts).
  const c: Ctx = {
    sents,
    clusters,
    lex,
    cues,
    out: [],
    rule: '',
    agent: undefined,
    pending: undefined,
  };
  const seen = new Set<number>();
  for (const sc of sents) {
    const before = c.out.length;
    if (keep.has('window-described-subject')) {
      c.rule = 'window-described-subject';
      settle(c, sc, seen);
    }
    for (const [name, pass] of Object.entries(PASSES)) {
      // The strike agent is state the verb cues read, not a relation: it always runs.
      if (!keep.has(name) && name !== 'window-strike-agent') continue;
      c.rule = name;
      pass(c, sc);
    }
    if (keep.has('window-place-chain')) {
      c.rule = 'window-place-chain';
      const mine = c.out.slice(before);
      const tree = found.filter((r) => r.from === sc.index);
      c.out.push(...tree);
      closure(c, sc, before);
      c.out.splice(before + mine.length, tree.length);
    }
    for (const m of sc.mentions) if (m.entity !== undefined) seen.add(m.entity);
  }
  return c.out;
}
