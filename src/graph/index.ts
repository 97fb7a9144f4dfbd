export { type BuildOptions, buildGraph, type KnowledgeGraph } from './build.js';
export { type DayRange, dateRange, endsAfter, overlaps, startsBefore } from './date-range.js';
export { edgeMark } from './edge-mark.js';
export {
  DEFAULTS as FILTER_DEFAULTS,
  distanceKm,
  type FilterOptions,
  filterGraph,
  isFiltered,
} from './filter.js';
export { type MergeOptions, mergeGraphs } from './merge.js';
export type {
  CounterEvidence,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
} from './types.js';
