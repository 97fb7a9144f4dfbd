import type { Mention, RelationType } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { roleRelationTo } from '../roles.js';
import { caseOf, emitTree, headOf, kidsOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * Most words between a name and the preposition of the name it is read
 * with: "X, analyst with Acme" (two) is X's; in "X, in talks in Washington
 * last week with the IMF" (seven) the parser hung "with the IMF" on X, but
 * it is the talks'.
 */
const MAX_WORDS_BETWEEN = 3;

/** Most tokens of a stock ticker in angle brackets, brackets included ("<", "MART.T", ">"). */
const MAX_TICKER_TOKENS = 5;

/**
 * The tokens of a stock ticker in angle brackets right after name `a`
 * ("Kestrel Corp <KSC> of Canada"), on its line; none when no ticker follows.
 * The parser hangs what follows the ticker ("of Canada") on the brackets as
 * often as on the name.
 */
function tickerAfter(t: TreeSentence, a: { end: number }): number[] {
  const first = t.toks.findIndex((tok) => tok.start >= a.end);
  if (first < 0 || t.toks[first]?.text !== '<') return [];
  const out = [first];
  for (let i = first + 1; i < t.toks.length && out.length < MAX_TICKER_TOKENS; i++) {
    const tok = t.toks[i];
    const prev = t.toks[i - 1];
    if (
      !tok ||
      !prev ||
      t.sc.text.slice(prev.end - t.sc.start, tok.start - t.sc.start).includes('\n')
    )
      return [];
    out.push(i);
    if (tok.text === '>') return out;
  }
  return [];
}

/** Syntax tokens between the end of name `a` and the preposition of token `k`, a ticker not counted. */
function wordsBetween(t: TreeSentence, a: { end: number }, k: number, ticker: number[]): number {
  const mark = kidsOf(t, k, 'case')[0] ?? k;
  const at = t.toks[mark]?.start ?? 0;
  let n = 0;
  t.toks.forEach((tok, i) => {
    if (tok.start >= a.end && tok.end <= at && !ticker.includes(i)) n++;
  });
  return n;
}

/**
 * The nmod dependents of name `a`, and those of the ticker after it
 * ("Kestrel Corp <KSC> of Canada"), where the parser also makes the name
 * after the preposition a conjunct of the ticker; the preposition decides.
 */
function modifiersOf(t: TreeSentence, a: Mention, ticker: number[]): number[] {
  const out = kidsOfName(t, a, 'nmod');
  for (const i of ticker)
    for (const k of kidsOf(t, i, 'nmod', 'conj')) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * What a titled person is to the name after "of": "Prime Minister X of
 * Pakistan" leads Pakistan, "Foreign Minister X of Sweden" serves it, "Mayor
 * X of Dayton" leads the town; the title says it, as it does in "Pakistani
 * Prime Minister X". A title that names no role ("Dr.", "Mr.") says nothing.
 */
function titleRelation(c: RuleContext, a: Mention, b: Mention): RelationType | undefined {
  const title = (a.title ?? a.titles.at(-1))?.toLowerCase();
  if (!title || typeOf(c, a) !== 'Person') return undefined;
  // "foreign minister" is read as its role word, "minister".
  const words = title.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const role = words.slice(i).join(' ');
    if (c.cues.roleByPhrase.has(role))
      return roleRelationTo(c.cues, c.clusters, role, b.entity, !!b.country, b.name);
  }
  return undefined;
}

/**
 * "John Smith of Acme Corp", "Smith of Boston", "the Museum of Art in
 * Chicago", "Springfield in Illinois": a name modified by another name
 * through a preposition (nmod), read by the two types. A ticker between
 * the two names is read through ("Kestrel Corp <KSC> of Canada").
 */
export const xOfY: TreeRule = {
  name: 'x-of-y',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const a = t.mentionOf[h];
      if (!a || t.mentionOf[headOf(t, h)] === a) return;
      const ticker = tickerAfter(t, a);
      for (const k of modifiersOf(t, a, ticker)) {
        const b = t.mentionOf[k];
        if (!b || b === a || wordsBetween(t, a, k, ticker) > MAX_WORDS_BETWEEN) continue;
        const plain = WORDS.nameOfName.get(`${typeOf(c, a)}>${typeOf(c, b)}`)?.get(caseOf(t, k));
        const rel = plain && caseOf(t, k) === 'of' ? (titleRelation(c, a, b) ?? plain) : plain;
        if (rel) emitTree(c, t, this.name, rel, a, b, h, CONFIDENCE.modifier);
      }
    });
  },
};
