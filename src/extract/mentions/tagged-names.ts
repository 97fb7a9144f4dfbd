import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { make, textOf } from './analyse-run.js';
import { type TaggedSpan, tagSentence } from './entity-tagger.js';
import { loadTaggerModel } from './entity-tagger-model.js';
import { formedFirm } from './formed-firms.js';
import { namedGroup } from './group-nouns.js';
import { headedGroup } from './headed-groups.js';
import { headedName } from './headed-names.js';
import { skipMask } from './skip-mask.js';

/**
 * Where the learned entity tagger (entity-tagger.ts) joins the rules. The
 * tagger reads the rules' mentions as features, so where it is sure it
 * knows better: it adds the names the rules miss, gives a rule's name its
 * type, moves a rule's name to its own boundaries, and marks as doubtful a
 * rule's name it is sure is none (kept only where a relation uses it).
 * Gazetteer names (fixed) and facilities stay as the rules made them.
 * Margins are in perceptron units (the weakest token's lead over the
 * runner-up tag). Settings chosen on CoNLL04 dev and the held-out UNER
 * slice (tools/ner/compare.ts).
 */
export const DEFAULTS = {
  /** Lead a span needs to be added where the rules found no name. */
  addMargin: 2,
  /** Votes an added name gets for the tagger's type. */
  addVotes: 2,
  /** Lead the tagger needs to retype a rule's name of the same span. */
  retypeMargin: 6,
  /** Lead it needs to move a rule's name to its own boundaries. */
  reshapeMargin: 2,
  /** Lead it needs to cut a title and the words before it off a rule's name ("Crimean Deputy X"). */
  cutMargin: 10,
  /** Lead at which a rule's name of the same span is one the typing model may not doubt. */
  sureMargin: 15,
  /** Lead of O over every token of a rule's name it needs to doubt the name. */
  dropMargin: 2,
  /** Rule votes at which a name is kept whatever the tagger says. */
  keepVotes: 5,
};

function topOf(m: Mention): number {
  return Math.max(m.votes.Person, m.votes.Organization, m.votes.Location);
}

/** Lower-case words a name may hold ("Bank of America", "Abu al-Zahra"). */
const JOINERS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'de',
  'la',
  'del',
  'du',
  'von',
  'van',
  'der',
  'al',
  'bin',
]);

/**
 * A span worth a name: it starts with a capitalised word that is no title
 * ("President", "Gen.": titles stay outside names), and every other word is
 * capitalised or a joiner ("the American military command" is no name).
 */
/**
 * A sentence without names by the rules whose only capital opens it on a
 * common word ("The", "It"): the tagger adds names only where a capital
 * opens them and doubts only the rules' names, so it has nothing to do here.
 */
function nothingToTag(sc: SentenceContext, lex: Lexicon): boolean {
  if (sc.mentions.length) return false;
  let caps = 0;
  for (const t of sc.tokens) {
    if (!t.cap || !t.word) continue;
    if (caps++ > 0 || !lex.dictionary.has(t.lower)) return false;
  }
  return true;
}

function plausible(tokens: readonly Token[], sp: TaggedSpan, titles: Set<string>): boolean {
  const first = tokens[sp.s];
  if (!first?.word || !first.cap || titles.has(first.lower)) return false;
  for (let k = sp.s; k < sp.e; k++) {
    const t = tokens[k] as Token;
    if (t.word && !t.cap && !JOINERS.has(t.lower)) return false;
  }
  return true;
}

function capitalised(tokens: readonly Token[], sp: TaggedSpan): boolean {
  for (let k = sp.s; k < sp.e; k++) if (!(tokens[k] as Token).cap) return false;
  return true;
}

function onlyTitles(tokens: readonly Token[], s: number, e: number, titles: Set<string>): boolean {
  for (let k = s; k < e; k++) if (!titles.has((tokens[k] as Token).lower)) return false;
  return true;
}

function setType(m: Mention, sp: TaggedSpan, tokens: readonly Token[], lex: Lexicon): void {
  // A company by its form ("Orbicorp", "Moody's") is not made a person (as in type-model.ts),
  // nor a name a head closes ("Dan Sai District"), nor a town written with its state (stated-towns.ts).
  if (sp.type === 'Person' && (m.firm || m.statedTown || headedName(tokens, m, lex))) return;
  // "NORTH AMERICAN BIOLOGICALS INC": a name its corporate form closes is no place, nor one
  // a firm's trade closes after a country ("China Software", `tradeHeads`).
  if (sp.type === 'Location' && m.e - m.s > 1 && suffixClosed(tokens, m, lex)) return;
  const top = topOf(m);
  if (m.votes[sp.type] < top || top <= 0) m.votes[sp.type] = top + 1;
}

function suffixClosed(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  const last = (tokens[m.e - 1] as Token).lower;
  return lex.set('companySuffixes').has(last) || lex.set('tradeHeads').has(last);
}

/**
 * Tags the sentence and merges what the tagger finds into its mentions.
 * `text` is the original document text, for the mentions' written form.
 */
export function addTaggedNames(
  sc: SentenceContext,
  lex: Lexicon,
  text: string,
  options?: Partial<typeof DEFAULTS>,
): void {
  const model = loadTaggerModel();
  if (!model || !sc.tokens.length || nothingToTag(sc, lex)) return;
  const opts = { ...DEFAULTS, ...options };
  const unit = Number(model.about.scale ?? 1);
  // A model trained on the parser's tags needs every sentence parsed (see tools/ner/train.ts --pos).
  const syntax = model.about.pos === true ? sc.syntax : undefined;
  const { spans, tags, margins } = tagSentence(model, sc.tokens, syntax, sc.mentions, lex);
  const rules = sc.mentions.length;
  const titles = lex.set('titles');
  let skip: boolean[] | undefined;
  for (let r = 0; r < rules; r++) {
    const m = sc.mentions[r] as Mention;
    if (m.fixed || m.facilityOf !== undefined || topOf(m) >= opts.keepVotes) continue;
    // An acronym in brackets is a name's short form ("the X Front (FPMR)"); the training data leaves it untagged.
    if (m.acronym && sc.tokens[m.s - 1]?.text === '(' && sc.tokens[m.e]?.text === ')') continue;
    // "its parent Ravco", "the agencies Cedco and Euroco": a noun that says what the name is.
    const before = sc.tokens[m.outer - 1]?.lower ?? '';
    if (lex.set('orgNouns').has(before) || lex.set('personNouns').has(before)) continue;
    // Every token of the name tagged O, surely: no name.
    let sure = Number.POSITIVE_INFINITY;
    for (let k = m.s; k < m.e; k++)
      sure = tags[k] === 0 ? Math.min(sure, (margins[k] as number) / unit) : -1;
    // "the Interfax news agency said": a name its group noun follows is one, however rare its
    // letters; "Syrian Army units": so is a name an organisation's head closes (headed-groups.ts).
    if (
      sure >= opts.dropMargin &&
      !namedGroup(sc.tokens, m, lex) &&
      !formedFirm(m) &&
      !headedGroup(sc.tokens, m, lex)
    )
      m.doubtful = true;
  }
  for (const sp of spans) {
    // No name ends in punctuation the tagger ran on into ("aide Oliver North." at a sentence end).
    while (sp.e > sp.s && !sc.tokens[sp.e - 1]?.word) sp.e--;
    if (sp.e === sp.s) continue;
    const margin = sp.margin / unit;
    const over: Mention[] = [];
    for (let r = 0; r < rules; r++) {
      const m = sc.mentions[r] as Mention;
      if (m.outer < sp.e && sp.s < m.e) over.push(m);
    }
    const same = over.find((m) => m.s === sp.s && m.e === sp.e);
    if (same) {
      if (same.fixed || same.facilityOf !== undefined) continue;
      if (margin >= opts.retypeMargin) setType(same, sp, sc.tokens, lex);
      if (margin >= opts.sureMargin) same.tagged = true;
      continue;
    }
    // A group the tagger is sure of inside the title before a name ("Soviet Navy X", "Navy
    // Secretary X"): a name of its own; the person keeps the title.
    const m0 = over[0];
    if (
      m0 &&
      over.length === 1 &&
      sp.type === 'Organization' &&
      sp.s >= m0.outer &&
      sp.e <= m0.s &&
      margin >= opts.cutMargin &&
      capitalised(sc.tokens, sp)
    ) {
      const n = make(sc.tokens, sp.s, sp.e, sc.index);
      n.text = text.slice(n.start, n.end);
      // Sure, and no context model trained on the rules' names has seen one here: kept.
      n.votes.Organization = opts.keepVotes;
      sc.mentions.push(n);
      continue;
    }
    if (!plausible(sc.tokens, sp, titles)) continue;
    // "the Davis Cup final": a name an event's capitalised head goes on into is the event's.
    const head = sc.tokens[sp.e];
    if (head?.cap && lex.set('eventHeads').has(head.lower)) continue;
    if (over.length === 0) {
      if (margin < opts.addMargin) continue;
      // Photo credits, tickers and URLs are not read for names (mentions.ts skipMask).
      skip ??= skipMask(sc.tokens);
      if (skip.slice(sp.s, sp.e).some(Boolean)) continue;
      const m = make(sc.tokens, sp.s, sp.e, sc.index);
      m.text = text.slice(m.start, m.end);
      m.votes[sp.type] = opts.addVotes;
      // Appended, not sorted in: a facility's mention points at its place by index.
      sc.mentions.push(m);
      continue;
    }
    // One rule name the tagger finds longer ("First Union Capital Markets Corp." cut short)
    // or without a title glued to it; never over its title, and not a gazetteer's name.
    const m = over[0] as Mention;
    if (over.length > 1 || m.fixed || m.facilityOf !== undefined || margin < opts.reshapeMargin)
      continue;
    if (sp.e < m.e || sp.s < m.outer || (m.outer < m.s && sp.s < m.s)) continue;
    // Shorter only by a title glued to the name ("Industry Secretary X" -> X), or, where the
    // tagger is sure, by a title and what qualifies it ("Crimean Deputy X", "Police Major X").
    const cut =
      sp.s > m.s && margin >= opts.cutMargin && titles.has((sc.tokens[sp.s - 1] as Token).lower);
    if (sp.s > m.s && !cut && !onlyTitles(sc.tokens, m.s, sp.s, titles)) continue;
    if (m.name !== textOf(sc.tokens, m.s, m.e)) continue;
    // Other names the tagger finds inside: only before the title, and sure ("CNEN Director X").
    const inner = spans.filter((o) => o !== sp && o.s < m.e && m.s < o.e);
    if (inner.some((o) => !cut || o.e >= sp.s - 1 || o.margin / unit < opts.cutMargin)) continue;
    const a = sc.tokens[sp.s] as Token;
    const b = sc.tokens[sp.e - 1] as Token;
    if (sp.s < m.s && m.outer === m.s) m.outer = sp.s;
    if (sp.s > m.s) {
      const title = textOf(sc.tokens, m.s, sp.s);
      m.titles.push(title);
      m.title ??= title.toLowerCase();
    }
    m.s = sp.s;
    m.e = sp.e;
    m.start = a.start;
    m.end = b.end;
    m.text = text.slice(a.start, b.end);
    m.name = textOf(sc.tokens, sp.s, sp.e);
    m.doubtful = undefined;
    setType(m, sp, sc.tokens, lex);
    for (const o of inner) {
      if (!plausible(sc.tokens, o, titles)) continue;
      const n = make(sc.tokens, o.s, o.e, sc.index);
      n.text = text.slice(n.start, n.end);
      n.votes[o.type] = opts.addVotes;
      sc.mentions.push(n);
      if (m.outer < o.e) m.outer = o.e;
    }
  }
}
