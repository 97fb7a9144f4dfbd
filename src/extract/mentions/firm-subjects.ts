import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { SentenceSyntax } from '../syntax/index.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';
import { saidIt } from './said-it.js';

export const DEFAULTS = {
  /** Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X, 43,"). */
  surePerson: 4,
};

/** What one mention's place in its sentence's tree says of its kind. */
type Reading = 'firm' | 'person' | undefined;

const PERSONAL = new Set(['he', 'she']);

/**
 * "Becton Dickinson sells needle containers", "Minox has not shown a
 * profit", "Hyundai said it will build a plant", "Acme shares fell": read
 * from the dependency tree, what a name does or owns says it is a firm. A
 * Person entity (as the rules and the type model left it) becomes an
 * Organization when one of its mentions is the subject of a verb only firms
 * do (`firmVerbs` in data/lexicon.json), of a verb whose object is a firm's
 * (`firmObjects`: profit, loss, dividend), of a statement whose clause's
 * subject is "it" ("X said it would", `firmStatements`; where the parse
 * loses the clause, read from the words: `said-it.ts`), or modifies or owns
 * a firm's noun (`firmNouns`: shares, earnings). Only an entity no mention of
 * which begins with a given name, carries a title or a sure person cue,
 * and none of whose statements goes on with "he" or "she". Runs on the
 * resolved entities; parses only sentences that hold such a mention and one
 * of the cue words.
 */
export function retypeFirmSubjects(
  input: { clusters: readonly Cluster[]; sentences: readonly SentenceContext[] },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  let cues: Set<string> | undefined;
  for (const c of input.clusters) {
    // A person by the rules, or a firm the entity tagger doubted is a name at all.
    const open = c.type === 'Person' || (c.weak && c.type === 'Organization');
    if (!open || c.titles.length) continue;
    if (!c.mentions.every((m) => unmarked(m, lex, opts.surePerson))) continue;
    cues ??= cueWords(lex);
    let firm = false;
    for (const m of c.mentions) {
      const reading = firmReading(input.sentences[m.sent], m, lex, cues);
      if (reading === 'person') {
        firm = false;
        break;
      }
      if (reading === 'firm') firm = true;
    }
    if (!firm) continue;
    c.type = 'Organization';
    // What a firm does is evidence enough that the name is one, whatever the entity tagger doubted.
    c.weak = false;
    for (const m of c.mentions) m.doubtful = undefined;
  }
}

/**
 * What one mention's sentence says of its kind: the tree, or, where the parse lost the
 * clause, the words ("Daewoo said it would invest"). Parses only a sentence holding a cue word.
 */
export function firmReading(
  sc: SentenceContext | undefined,
  m: Mention,
  lex: Lexicon,
  cues: Set<string> = cueWords(lex),
): Reading {
  if (!sc?.tokens.some((t) => cues.has(t.lower))) return undefined;
  return readTree(sc.syntax, m, lex) ?? (saidIt(sc.tokens, m, lex) ? 'firm' : undefined);
}

/** No given name opens it, no title or sure cue names a person. */
function unmarked(m: Mention, lex: Lexicon, surePerson: number): boolean {
  const first = m.name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return (
    !m.titles.length &&
    m.votes.Person < surePerson &&
    !lex.firstNames.has(first) &&
    // "J. Howard Macdonald": an initial opens a person's name.
    !/^\p{L}\.$/u.test(first)
  );
}

export function cueWords(lex: Lexicon): Set<string> {
  return new Set([
    ...lex.set('firmVerbs'),
    ...lex.set('firmObjects'),
    ...lex.set('firmNouns'),
    'it',
    'its',
  ]);
}

/** What the tree says of the mention: a firm's subject or owner, a person's statement, or nothing. */
function readTree(s: SentenceSyntax, m: Mention, lex: Lexicon): Reading {
  const toks = s.tokens;
  const h = spanHead(s, m.start, m.end);
  const head = toks[h];
  if (!head) return undefined;
  const up = toks[head.head];
  if (!up) return undefined;
  const upLower = up.text.toLowerCase();
  if (head.deprel === 'compound' || head.deprel === 'nmod:poss')
    return lex.set('firmNouns').has(upLower) ? 'firm' : undefined;
  if (head.deprel !== 'nsubj') return undefined;
  if (lex.set('firmVerbs').has(upLower)) return 'firm';
  const kids = childrenOf(s, head.head);
  // "X shares fell" misread as "X shares (that) fell": the firm's noun taken for a verb, the real verb its clause.
  if (
    lex.set('firmNouns').has(upLower) &&
    head.head === h + 1 &&
    // "X shares his view": a verb with an object of its own is no firm's noun.
    !kids.some((k) => toks[k]?.deprel === 'obj') &&
    kids.some((k) => k > head.head && CLAUSE.has(toks[k]?.deprel ?? '') && toks[k]?.upos === 'VERB')
  )
    return 'firm';
  for (const k of kids) {
    const t = toks[k];
    if (t?.deprel === 'obj' && lex.set('firmObjects').has(t.text.toLowerCase())) return 'firm';
  }
  // '"It strikes me odd," said the senator': after an inverted "said", "it" is the quote's.
  if (!lex.set('firmStatements').has(upLower) || up.start < m.end) return undefined;
  for (const k of kids) {
    if (toks[k]?.deprel !== 'ccomp') continue;
    const clause = childrenOf(s, k);
    // "it would be wrong", "it was likely": an expletive before a predicate says nothing.
    if (toks[k]?.upos !== 'VERB' || clause.some((x) => toks[x]?.deprel === 'cop')) continue;
    for (const x of clause) {
      const t = toks[x];
      // '"It will pass," Smith said': a quote before the verb is the speaker's words.
      if (t?.deprel !== 'nsubj' || t.start < up.end) continue;
      const w = t.text.toLowerCase();
      if (w === 'it') return 'firm';
      if (PERSONAL.has(w)) return 'person';
    }
  }
  return undefined;
}

/** Relations by which a clause hangs on the verb before it. */
const CLAUSE = new Set(['ccomp', 'parataxis', 'conj', 'xcomp']);

function childrenOf(s: SentenceSyntax, i: number): number[] {
  const out: number[] = [];
  s.tokens.forEach((t, k) => {
    if (t.head === i) out.push(k);
  });
  return out;
}
