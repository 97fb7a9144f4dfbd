import type { Cluster } from '../entities/in-document.js';
import type { Mention } from '../types.js';
import {
  anaphorMention,
  type CorefContext,
  inMention,
  namedIn,
  names,
  quoted,
} from './antecedents.js';
import { COREF_WORDS, type GroupKind } from './words.js';

export const RULE = 'the-company';

export const DEFAULTS = {
  /** Sentences back the group may be named in ("Acme Corp said ... The company, based in Dallas"). */
  reach: 3,
};

/** Whether a group is of the kind a noun stands for: a firm by its written form, a bank by its name. */
function ofKind(g: Cluster, kind: GroupKind): boolean {
  if (kind === 'bank')
    return g.name
      .toLowerCase()
      .split(/[\s-]+/)
      .some((w) => COREF_WORDS.bankWords.has(w));
  return g.mentions.some((m) => m.firm);
}

/**
 * "Acme Corp. said it sold a plant. The company, based in Dallas, ...":
 * "the company", "the firm" or "the bank" (data/coreference.json,
 * groupNouns) stands for the one group that the sentences before name within
 * `reach` sentences, when it is of the noun's kind (a firm by its written
 * form, a bank by its name). Nothing when they name two groups, when the sentence names a group
 * before the noun or names the group itself, when a word after the noun makes
 * it another group ("the company that ...", "the bank of ..."), or inside a
 * quotation.
 */
export function theCompany(
  c: CorefContext,
  k: number,
  options?: Partial<typeof DEFAULTS>,
): Mention[] {
  const opts = { ...DEFAULTS, ...options };
  const sc = c.sents[k];
  if (!sc || k === 0) return [];
  const out: Mention[] = [];
  sc.tokens.forEach((t, i) => {
    const kind = COREF_WORDS.groupNouns.get(t.lower);
    if (!kind || t.cap || sc.tokens[i - 1]?.lower !== 'the') return;
    if (COREF_WORDS.restrictiveAfter.has(sc.tokens[i + 1]?.lower ?? '')) return;
    if (inMention(sc, i) || inMention(sc, i - 1) || quoted(sc.tokens, i)) return;
    // "Acme said the company ...": a group named before the noun in its own sentence is nearer.
    const before = sc.mentions.some(
      (m) =>
        !m.anaphor &&
        m.s < i &&
        m.entity !== undefined &&
        c.clusters[m.entity]?.type === 'Organization',
    );
    if (before) return;
    // Every group named within reach is a candidate: "GE said it sold its Datel unit ... founded
    // the company" may mean the unit, though only GE is written as a firm.
    const found = new Map<number, number>();
    for (let j = k - 1; j >= 0 && j >= k - opts.reach; j--)
      for (const [e, at] of namedIn(c, j, 'Organization')) if (!found.has(e)) found.set(e, at);
    if (found.size !== 1) return;
    const [[e, from]] = [...found] as [[number, number]];
    if (!ofKind(c.clusters[e] as Cluster, kind) || names(c, k, e)) return;
    out.push(anaphorMention(sc, i, e, 'Organization', RULE, from));
  });
  return out;
}
