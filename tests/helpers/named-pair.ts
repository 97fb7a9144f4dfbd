import { analyse } from '../../src/extract/extract.js';
import { candidatePairs, type Pair } from '../../src/extract/relation-model.js';
import type { SentenceContext } from '../../src/extract/sentence-context.js';

/**
 * The pair model's candidate `source` -> `target` (entity names) in a
 * one-sentence text, with its sentence; throws when the model would not be
 * offered that pair, so a test reads a missing pair as a failure.
 */
export function namedPair(
  text: string,
  source: string,
  target: string,
): { sc: SentenceContext; pair: Pair } {
  const { sents, clusters } = analyse(text);
  const sc = sents[0];
  if (!sc) throw new Error('no sentence');
  const pair = candidatePairs(sc, clusters).find(
    (p) =>
      clusters[p.a.entity as number]?.name === source &&
      clusters[p.b.entity as number]?.name === target,
  );
  if (!pair) throw new Error(`no candidate pair ${source} -> ${target}`);
  return { sc, pair };
}
