export {
  CONLL_RELATIONS,
  CONLL_TYPES,
  type Conll04Sentence,
  type ConllScore,
  conllEntities,
  scoreConll04,
} from './conll04.js';
export { prf, sumPrf } from './prf.js';
export { sameDoc, scoreGraph } from './score-graph.js';
export {
  type CharSpan,
  disagreements,
  goldSpans,
  scoreTokens,
  type Tokenizer,
  type TokenMismatch,
  type TokenScore,
  type TokenScoreOptions,
} from './tokens.js';
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
