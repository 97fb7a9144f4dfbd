import type { Evidence, Modality } from '../extract/types.js';

/** Marks an edge can carry, the surest first: a tie goes to the earlier. */
const ORDER: readonly Modality[] = ['alleged', 'possible', 'planned'];

/**
 * What an edge is, when no sentence says it happened: "alleged", "possible"
 * or "planned" (the mark most of its sentences carry). Undefined when one
 * sentence states it as a fact, or when the evidence carries no marks.
 */
export function edgeMark(evidence: readonly Evidence[]): Modality | undefined {
  if (!evidence.length) return undefined;
  const counts = new Map<Modality, number>();
  for (const e of evidence) {
    if (!e.modality || e.modality === 'happened') return undefined;
    counts.set(e.modality, (counts.get(e.modality) ?? 0) + 1);
  }
  let best: Modality | undefined;
  for (const m of ORDER) if ((counts.get(m) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = m;
  return best;
}
