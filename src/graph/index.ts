export { type BuildOptions, buildGraph, type KnowledgeGraph } from './build.js';
export { type MergeOptions, mergeGraphs } from './merge.js';
export type {
  CounterEvidence,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
} from './types.js';
