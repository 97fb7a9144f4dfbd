import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * What the stored extractions were made with: the package version and the
 * data files the extractor reads (cue lexicon, models, word lists). A store
 * records it beside each document, so after an upgrade or an edit of any file
 * in data/ the next ingest extracts every document again instead of calling it
 * unchanged.
 */
let cached: string | undefined;

export function extractorStamp(): string {
  if (cached) return cached;
  const root = new URL('../../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    version: string;
  };
  cached = stampOf(pkg.version, new URL('data/', root));
  return cached;
}

/** The stamp of a version and a data folder: every file in it (JSON lexicons and models, and word lists like towns.txt). */
export function stampOf(version: string, data: URL): string {
  const h = createHash('sha256');
  h.update(version);
  for (const f of readdirSync(data).sort()) {
    if (f.startsWith('.')) continue;
    h.update(`\0${f}\0`);
    h.update(readFileSync(new URL(f, data)));
  }
  return h.digest('hex').slice(0, 12);
}
