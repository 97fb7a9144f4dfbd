import type { Cluster } from '../../entities/in-document.js';
import type { Lexicon } from '../../lexicon.js';
import type { SentenceContext } from '../../sentence-context.js';
import type { CueIndex, FoundRelation } from '../types.js';
import { adjacency } from './adjacency.js';
import { appositives } from './appositive.js';
import { bornClauses } from './born-clause.js';
import { compounds } from './compound.js';
import type { Ctx } from './context.js';
import { coordinatedPlaces } from './coordinated-places.js';
import { credits } from './credit.js';
import { settle } from './described-subject.js';
import { facilities } from './facility.js';
import { nominals } from './nominal.js';
import { closure } from './place-chain.js';
import { placeFrames } from './place-frame.js';
import { possessives } from './possessive.js';
import { preAppositives } from './pre-appositive.js';
import { preRoles } from './pre-role.js';
import { trackAgent } from './strike-agent.js';
import { titles } from './title.js';
import { verbCues } from './verb-cue.js';

// The token-window passes: relation rules that read the words around the
// names rather than the tree, one pass per file of this folder. They run
// after the tree rules (rules/), and the relations index (../index.ts) keeps
// only the passes that still find relations the tree rules miss on CoNLL04
// train and dev; every relation names its pass. Shared by the passes:
// words.ts (word tables), context.ts (what a pass reads and writes, and
// emit), tokens.ts (reading the words around a name), role-lookup.ts.

/** The token-window passes by name, in the order they run within a sentence. */
const PASSES: Record<string, (c: Ctx, sc: SentenceContext) => void> = {
  'window-strike-agent': trackAgent,
  'window-verb-cue': verbCues,
  'window-nominal': nominals,
  'window-appositive': appositives,
  'window-title': titles,
  'window-possessive': possessives,
  'window-adjacency': adjacency,
  'window-coordinated-places': coordinatedPlaces,
  'window-pre-role': preRoles,
  'window-pre-appositive': preAppositives,
  'window-credit': credits,
  'window-compound': compounds,
  'window-facility': facilities,
  'window-born-clause': bornClauses,
  'window-place-frame': placeFrames,
};

/**
 * The passes whose pattern is a noun phrase ("Acme chairman X", "X, a
 * spokesman for Acme", "Acme's X", "Town, State"): what the verb of the
 * clause around the phrase says (a negation, "will", "would") is not said of
 * the tie the phrase states. Each of them was read on Reuters copy, where
 * "He did not meet X, head of Y" and "Reagan would meet Y chairman X" marked
 * the tie negated or possible.
 */
export const PHRASE_PASSES: ReadonlySet<string> = new Set<WindowPass>([
  'window-appositive',
  'window-title',
  'window-possessive',
  'window-adjacency',
  'window-coordinated-places',
  'window-pre-role',
  'window-pre-appositive',
  'window-credit',
  'window-compound',
  'window-facility',
  'window-place-chain',
  'window-place-frame',
]);

/** PASSES as a list, made once (not per sentence). */
const PASS_LIST = Object.entries(PASSES);

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
    for (const [name, pass] of PASS_LIST) {
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
