import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * What the stored extractions were made with: the package version and the
 * data files the extractor reads (cue lexicon, word lists). A store records
 * it beside each document, so after an upgrade or an edit of data/*.json the
 * next ingest extracts every document again instead of calling it unchanged.
 */
let cached: string | undefined;

export function extractorStamp(): string {
  if (cached) return cached;
  const root = new URL('../../', import.meta.url);
  const h = createHash('sha256');
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    version: string;
  };
  h.update(pkg.version);
  const data = new URL('data/', root);
  for (const f of readdirSync(data).sort()) {
    if (!f.endsWith('.json')) continue;
    h.update(`\0${f}\0`);
    h.update(readFileSync(new URL(f, data)));
  }
  cached = h.digest('hex').slice(0, 12);
  return cached;
}
