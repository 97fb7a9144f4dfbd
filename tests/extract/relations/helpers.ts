import { analyse } from '../../../src/extract/extract.js';
import type { TreeRule } from '../../../src/extract/relations/index.js';

/**
 * Runs one tree rule alone (no token-window pass, no pair model) on a text
 * and returns what it finds as "Source TYPE Target", with the marks of each
 * in `marked`: "Source TYPE Target polarity modality [by Speaker]".
 */
export function runRule(rule: TreeRule, text: string) {
  const { clusters, found } = analyse(text, undefined, { rules: [rule], window: new Set() });
  const name = (i: number) => clusters[i]?.name ?? '?';
  const line = (r: (typeof found)[number]) => `${name(r.source)} ${r.type} ${name(r.target)}`;
  return {
    rules: [...new Set(found.map((r) => r.rule))],
    relations: found.filter((r) => r.polarity === 'asserted').map(line),
    negated: found.filter((r) => r.polarity === 'negated').map(line),
    marked: found.map(
      (r) =>
        `${line(r)} ${r.polarity} ${r.modality}${r.attributedTo.length ? ` by ${r.attributedTo.map(name).join(', ')}` : ''}`,
    ),
  };
}

/** The first sentence of `text` and its mentions of `a` and `b` (by their text). */
export function mentionPair(text: string, a: string, b: string) {
  const sc = analyse(text).sents[0];
  if (!sc) throw new Error('no sentence');
  const find = (t: string) => {
    const m = sc.mentions.find((x) => x.text === t);
    if (!m) throw new Error(`no mention ${t}`);
    return m;
  };
  return { sc, a: find(a), b: find(b) };
}
