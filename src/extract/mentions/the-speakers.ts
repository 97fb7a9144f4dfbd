import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Organisation votes over the name's best other type: surer than a rule's guess of a person. */
  lead: 3,
  /** Name words at most: "The Times", "the Sunday Telegraph", "the Far Eastern Economic Review". */
  maxWords: 4,
  /** Tokens after the name its statement's verb must come within ("The Times said on Sunday"). */
  reach: 4,
};

/** Compass points, which name regions ("the West", "the South"). */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

/** Dependency relations of a subject. */
const SUBJECTS = new Set(['nsubj']);

/**
 * A name right after "the" that may be a paper, a broadcaster or another
 * group: capitalised words the rules found (so no common noun), not a
 * place, a people, a title ("The President said"), a generic head alone
 * (`bareHeads`, `institutionHeads`: "The Commission said", "The Court said"
 * are no names), a plural of a party's or a people's members
 * (`memberPlurals`: "The Democrats said"), a family ("The Smiths"), a name
 * with a given name in it, a compass point ("the West said"), the tail of a
 * longer name ("Central Bank of the South said") or a name in a line of
 * capitals.
 */
function candidate(tokens: readonly Token[], m: Mention, lex: Lexicon, maxWords: number): boolean {
  if (m.fixed || m.country || m.region || m.demonym || m.title || m.titles.length) return false;
  if (m.e - m.s > maxWords || m.outer !== m.s) return false;
  if (tokens[m.s - 1]?.lower !== 'the') return false;
  // "Central Bank of the South said": the tail of a longer name.
  if (tokens[m.s - 2]?.lower === 'of') return false;
  for (let k = m.s; k < m.e; k++) {
    const t = tokens[k] as Token;
    // "THE TIMES SAID": a headline in capitals, read by the truecaser, not here.
    if (!/\p{Ll}/u.test(t.text)) return false;
  }
  // "the Caribbean Rainer Steckhan said": a given name inside, a person's name after a place.
  for (let k = m.s; k < m.e; k++) if (lex.firstNames.has((tokens[k] as Token).lower)) return false;
  const last = (tokens[m.e - 1] as Token).lower;
  // "the West said": a compass point stands for a region's governments.
  if (m.e - m.s === 1 && COMPASS.has(last)) return false;
  if (lex.set('titleHeads').has(last) || lex.set('titles').has(last)) return false;
  if (m.e - m.s === 1 && (lex.set('bareHeads').has(last) || lex.set('institutionHeads').has(last)))
    return false;
  if (lex.set('memberPlurals').has(last)) return false;
  // "The Smiths said": a family by its surname's plural.
  const one = last.slice(0, -1);
  if (last.endsWith('s') && (lex.lastNames.has(one) || lex.firstNames.has(one))) return false;
  const place = lex.known.get(textLower(tokens, m));
  return place?.type !== 'Location';
}

function textLower(tokens: readonly Token[], m: Mention): string {
  const words: string[] = [];
  for (let k = m.s; k < m.e; k++) words.push((tokens[k] as Token).lower);
  return words.join(' ');
}

/** A verb of `reportVerbs` within `reach` tokens after the name: no parse otherwise. */
function verbAhead(
  tokens: readonly Token[],
  from: number,
  reach: number,
  verbs: Set<string>,
): boolean {
  for (let k = from; k < tokens.length && k < from + reach; k++)
    if (verbs.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * "The Independent quoted officials as saying": the verb right after the name, which the
 * parser may misread as a modifier ("quoted officials"); not a participle before its agent
 * ("the Warren Report published by").
 */
function verbNext(tokens: readonly Token[], e: number, verbs: Set<string>): boolean {
  return verbs.has(tokens[e]?.lower ?? '') && tokens[e + 1]?.lower !== 'by';
}

/** The name is the subject of a verb of `verbs` in the tree ("the Observer, a weekly, reported"). */
function subjectOf(sc: SentenceContext, m: Mention, verbs: Set<string>): boolean {
  const s = sc.syntax;
  const head = s.tokens[spanHead(s, m.start, m.end)];
  if (!head || !SUBJECTS.has(head.deprel)) return false;
  const verb = s.tokens[head.head];
  return verb?.upos === 'VERB' && verbs.has(verb.text.toLowerCase());
}

/**
 * "The Times said on Sunday", "the Observer reported", "The Independent
 * quoted officials as saying": a name after "the" that is the subject of a
 * verb of a source's statement (`reportVerbs` in data/lexicon.json) is a
 * group, a paper or a broadcaster most often: a person's name takes no
 * article. The entity tagger and the typing model doubt such names, being
 * English words ("Times", "Independent", "Post"); the name is kept and
 * typed an organisation by its form, so no model makes it a person. Parses
 * only sentences that hold such a name with such a verb after it.
 */
export function markTheSpeakers(
  sc: SentenceContext,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  if (!sc.mentions.length) return;
  const opts = { ...DEFAULTS, ...options };
  const verbs = lex.set('reportVerbs');
  const ms = sc.mentions.filter(
    (m) =>
      candidate(sc.tokens, m, lex, opts.maxWords) && verbAhead(sc.tokens, m.e, opts.reach, verbs),
  );
  if (!ms.length) return;
  for (const m of ms) {
    if (!verbNext(sc.tokens, m.e, verbs) && !subjectOf(sc, m, verbs)) continue;
    m.doubtful = undefined;
    m.acts = true;
    m.firm = true;
    const top = Math.max(m.votes.Person, m.votes.Location);
    if (m.votes.Organization < top + opts.lead) m.votes.Organization = top + opts.lead;
  }
}
