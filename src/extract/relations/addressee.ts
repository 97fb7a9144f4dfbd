import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import { dependents, spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';
import type { FoundRelation } from './types.js';
import { WORDS } from './words.js';

/** Labels of who is told: "told Reuters", "told Reuters that". */
const TOLD = new Set(['obj', 'iobj']);

/**
 * Whether a mention is the one spoken to: the object of a verb of telling
 * ("X told Reuters", data/relation-words.json `tellVerbs`). Not the "with" of
 * an interview, which names the one who speaks as often as the one who asks
 * ("an interview with X, the party's candidate": on CoNLL04 it cost a right
 * edge for each wrong one it took).
 */
function spokenTo(sc: SentenceContext, m: Mention): boolean {
  const toks = sc.syntax.tokens;
  const h = spanHead(sc.syntax, m.start, m.end);
  const tok = toks[h];
  if (!tok || tok.head < 0) return false;
  const head = toks[tok.head]?.text.toLowerCase() ?? '';
  return TOLD.has(tok.deprel) && WORDS.tellVerbs.has(head);
}

/**
 * Whether a group is the one that interviews: "with" a noun of interviewing
 * ("said in an interview with Reuters", "told a telephone interview with
 * Reuters", data/relation-words.json `interviewNouns`). Only a group: a
 * person there is as often the one who speaks ("an interview with X, the
 * party's candidate"), a group is the outlet that asks.
 */
function interviewer(sc: SentenceContext, m: Mention): boolean {
  const toks = sc.syntax.tokens;
  const h = spanHead(sc.syntax, m.start, m.end);
  const tok = toks[h];
  if (!tok || tok.head < 0) return false;
  if (!WORDS.interviewNouns.has(toks[tok.head]?.text.toLowerCase() ?? '')) return false;
  return dependents(sc.syntax, h).some((k) => toks[k]?.text.toLowerCase() === 'with');
}

/** Labels of a clause hung on a word: the parser may hang what is told on the one told. */
const CLAUSES = new Set(['acl', 'acl:relcl', 'ccomp']);

/** Whether token k heads a clause opened by "that" as a conjunction ("told Reuters that X fell"). */
function thatClause(sc: SentenceContext, k: number): boolean {
  const toks = sc.syntax.tokens;
  if (!CLAUSES.has(toks[k]?.deprel ?? '')) return false;
  return dependents(sc.syntax, k).some(
    (d) => toks[d]?.deprel === 'mark' && toks[d]?.text.toLowerCase() === 'that',
  );
}

/**
 * Whether token `i` lies under token `h` in the tree (or is it), not across
 * a conjunct: a name joined to the one told is no part of its phrase ("an
 * interview with Reuters, Lyng said" parsed with Lyng a conjunct of Reuters).
 * Nor across a "that" clause, which is what is told, even where the parser
 * hangs it on the one told as a relative clause ("told Reuters that Nigeria's
 * output fell"); a relative "that" is its clause's subject or object, not a
 * mark, and keeps the phrase ("told Reuters, which has offices in X").
 */
function under(sc: SentenceContext, i: number, h: number): boolean {
  const toks = sc.syntax.tokens;
  for (let k = i, n = 0; k >= 0 && n <= toks.length; k = toks[k]?.head ?? -1, n++) {
    if (k === h) return true;
    if (toks[k]?.deprel === 'conj' || thatClause(sc, k)) return false;
  }
  return false;
}

/**
 * Drops the relations of a name that is only spoken to in the sentence that
 * states them, with a name named only outside its own phrase: who is told something is
 * no party to it, nor to the speaker ("X told Reuters that Nigeria's output
 * fell": Reuters is not based in Nigeria; "told Reuters in La Paz"). What the
 * phrase says of the one told stays ("told Brazil's Finance Minister X": X
 * is Brazil's). A name also named otherwise in the sentence keeps its
 * relations. On 2,000 Reuters stories the pair model and the window passes
 * drew 3 such edges, all wrong; this
 * drops them ("Reuters BASED_IN La Paz", "Jaime Ongpin LEADS Reuters", and
 * "Reuters BASED_IN Nigeria" once a "that" clause the parser hangs on the one
 * told no longer counts as its phrase).
 * Given the clusters, a group that interviews is one spoken to as well
 * ("Lyng said in an interview with Reuters" bases no Lyng WORKS_FOR Reuters).
 */
export function dropAddresseePairs(
  sents: readonly SentenceContext[],
  found: readonly FoundRelation[],
  clusters: readonly Cluster[] = [],
): FoundRelation[] {
  const byIndex = new Map(sents.map((sc) => [sc.index, sc]));
  /** Whether `entity` is only spoken to in the sentence, and `other` is named outside its phrase. */
  const told = (sc: SentenceContext, entity: number, other: number): boolean => {
    const ms = sc.mentions.filter((m) => m.entity === entity);
    const group = clusters[entity]?.type === 'Organization';
    const asked = (m: Mention) => spokenTo(sc, m) || (group && interviewer(sc, m));
    if (!ms.length || !ms.every(asked)) return false;
    const heads = ms.map((m) => spanHead(sc.syntax, m.start, m.end));
    // Named in the phrase of the one told, even once, the other may be what that phrase says.
    const others = sc.mentions.filter((o) => o.entity === other);
    return (
      others.length > 0 &&
      !others.some((o) => heads.some((h) => under(sc, spanHead(sc.syntax, o.start, o.end), h)))
    );
  };
  return found.filter((r) => {
    if (r.from !== r.to) return true;
    const sc = byIndex.get(r.from);
    if (!sc?.syntax.tokens.length) return true;
    return !(told(sc, r.source, r.target) || told(sc, r.target, r.source));
  });
}
