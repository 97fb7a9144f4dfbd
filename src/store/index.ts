export { type LedgerEntry, LogStore, type OpenOptions, type StoreStats } from './log-store.js';
