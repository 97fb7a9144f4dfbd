import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MODEL_DIR_ENV } from './perceptron.js';

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
  // The date parser's version too: another chrono-node can date sentences differently.
  // A benchmark's stand-in models (GRAPHWIRE_MODEL_DIR) make other extractions than data/'s.
  const models = process.env[MODEL_DIR_ENV];
  cached = stampOf(
    `${pkg.version}+chrono-node@${packageVersion('chrono-node')}${models ? `+models@${models}` : ''}`,
    new URL('data/', root),
  );
  return cached;
}

/** The installed version of a dependency (its package.json is not exported, so found from its entry point). */
function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name) return pkg.version ?? '';
    } catch {
      // no package.json here: look further up
    }
    const up = dirname(dir);
    if (up === dir) return '';
    dir = up;
  }
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
