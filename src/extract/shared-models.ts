import type { TaggerModel } from './mentions/entity-tagger.js';
import { adoptTaggerModel, loadTaggerModel } from './mentions/entity-tagger-model.js';
import { adoptLinearTables, type SharedLinearTable, sharedLinearTables } from './syntax/linear.js';
import { loadSyntaxModel } from './syntax/model.js';

/**
 * The read-only model tables extraction scores with, in shared memory: the
 * parser's and tagger's hash tables (about 28 MB) and the entity tagger's
 * weights (3.7 MB). The extraction pool loads them once and hands them to
 * its worker threads, which use them instead of building copies of their own.
 */
export interface SharedModels {
  linear: SharedLinearTable[];
  tagger: TaggerModel | null;
}

/** Loads the models in this thread (once) and returns their tables, for worker threads. */
export function shareModels(): SharedModels {
  loadSyntaxModel();
  return { linear: sharedLinearTables(), tagger: loadTaggerModel() };
}

/** Makes this thread (a worker) use tables another thread loaded. */
export function adoptModels(models: SharedModels): void {
  adoptLinearTables(models.linear);
  adoptTaggerModel(models.tagger);
}
