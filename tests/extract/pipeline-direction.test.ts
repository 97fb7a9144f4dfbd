import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pipeline runs ingest -> extract -> resolve -> graph -> store/export: a
// stage may read the ones before it, never one after it (issue 18: no import
// runs from extract up to resolve).
const src = resolve(__dirname, '../../src');
const LATER = ['resolve', 'graph', 'store', 'export', 'cli', 'server', 'eval'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? tsFiles(join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g))
    out.push(relative(src, resolve(dirname(file), m[1] as string)));
  return out;
}

describe('the direction of the pipeline', () => {
  it('has no file of src/extract import a later stage', () => {
    const upward = tsFiles(join(src, 'extract')).flatMap((f) =>
      importsOf(f)
        .filter((p) => LATER.includes(p.split('/')[0] as string))
        .map((p) => `${relative(src, f)} -> ${p}`),
    );
    expect(upward).toEqual([]);
  });

  it('finds the imports it checks', () => {
    // The check is worth something only if it reads the imports at all.
    const extract = importsOf(join(src, 'extract/extract.ts'));
    expect(extract).toContain('extract/entities/in-document.js');
  });
});
