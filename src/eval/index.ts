export { prf, sumPrf } from './prf.js';
export { sameDoc, scoreGraph } from './score-graph.js';
export type {
  EntityScore,
  GoldEntity,
  GoldFile,
  GoldRelation,
  GraphJson,
  Prf,
  RelationScore,
  Score,
} from './types.js';
