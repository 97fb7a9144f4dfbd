import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';

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

/**
 * The stamp of a version and a data folder: every file in it and in its
 * subfolders (JSON lexicons, word lists like towns.txt, the syntax model).
 */
export function stampOf(version: string, data: URL): string {
  const h = createHash('sha256');
  h.update(version);
  const walk = (dir: URL, prefix: string) => {
    for (const f of readdirSync(dir).sort()) {
      if (f.startsWith('.')) continue;
      const url = new URL(f, dir);
      if (statSync(url).isDirectory()) {
        walk(new URL(`${f}/`, dir), `${prefix}${f}/`);
        continue;
      }
      h.update(`\0${prefix}${f}\0`);
      h.update(readFileSync(url));
    }
  };
  walk(data, '');
  return h.digest('hex').slice(0, 12);
}
