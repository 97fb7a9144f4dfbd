export { loadGraph } from './load-graph.js';
export {
  type ImportedGraph,
  type LedgerEntry,
  LogStore,
  type OpenOptions,
  type StoreStats,
} from './log-store.js';
