import type { Cluster } from '../../entities/in-document.js';
import type { Lexicon } from '../../lexicon.js';
import type { SentenceContext } from '../../sentence-context.js';
import type { EntityType, Mention, RelationType } from '../../types.js';
import { impossibleNesting } from '../nesting.js';
import type { CueIndex, FoundRelation } from '../types.js';

export interface Ctx {
  sents: SentenceContext[];
  clusters: Cluster[];
  lex: Lexicon;
  cues: CueIndex;
  out: FoundRelation[];
  /** The pass running now: every relation it emits names it. */
  rule: string;
  /** Who carried out the last strike the text spoke of ("the strike killed X"). */
  agent?: number;
  /** A described subject waiting for its name ("an adviser to X warned Y"). */
  pending?: Pending;
}

export const typeOf = (c: Ctx, m: Mention): EntityType | undefined =>
  m.entity === undefined ? undefined : c.clusters[m.entity]?.type;

export function emit(
  c: Ctx,
  rel: RelationType,
  a: Mention | number | undefined,
  b: Mention | number | undefined,
  from: number,
  conf: number,
  to = from,
): void {
  const s = typeof a === 'number' ? a : a?.entity;
  const t = typeof b === 'number' ? b : b?.entity;
  if (s === undefined || t === undefined || s === t) return;
  const cues = c.lex.cues.relations[rel];
  const st = c.clusters[s]?.type;
  const tt = c.clusters[t]?.type;
  if (!cues || !st || !tt || !cues.source.includes(st) || !cues.target.includes(tt)) return;
  if (impossibleNesting(c.clusters, rel, s, t)) return;
  c.out.push({
    source: s,
    target: t,
    type: rel,
    from,
    to,
    confidence: conf,
    rule: c.rule,
    polarity: 'asserted',
    modality: 'happened',
    attributedTo: [],
    anchor: -1,
  });
}

export interface Described {
  role: string;
  of?: number;
  rel?: RelationType;
  target?: number;
  sent?: number;
}

interface Pending extends Described {
  rel: RelationType;
  target: number;
  sent: number;
}
