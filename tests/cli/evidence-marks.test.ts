import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readJson } from '../../src/export/index.js';
import { repoRoot } from '../helpers/cli.js';
import { checkMarks } from '../helpers/marks.js';

// A denied statement is no edge but stays findable on its source node; an
// alleged one is an edge marked as such, with who says so; both marks travel
// through the embedded store, the JSON and GraphML exports and an import.

let dir: string;
let db: string;
const article = join(repoRoot, 'tests/fixtures/marks/denial.txt');
const run = (...args: string[]) => main(['node', 'graphwire', ...args]);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'graphwire-marks-'));
  db = join(dir, 'db');
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function exported(store: string, name: string) {
  const out = join(dir, name);
  expect(await run('export', '--db', store, '--format', 'json', '--out', out)).toBe(0);
  return readJson(await readFile(out, 'utf8'));
}

describe('negation, modality and attribution marks', () => {
  it('reach the JSON export of the embedded store', async () => {
    expect(await run('ingest', article, '--db', db, '--no-progress')).toBe(0);
    checkMarks(await exported(db, 'graph.json'));
  });

  it('come back through a GraphML export and graphwire import', async () => {
    expect(await run('ingest', article, '--db', db, '--no-progress')).toBe(0);
    const graphml = join(dir, 'g.graphml');
    expect(await run('export', '--db', db, '--format', 'graphml', '--out', graphml)).toBe(0);
    const other = join(dir, 'db2');
    expect(await run('import', graphml, '--db', other)).toBe(0);
    checkMarks(await exported(other, 'back.json'));
  });
});
