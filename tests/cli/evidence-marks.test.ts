import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readJson } from '../../src/export/index.js';
import type { Evidence } from '../../src/extract/types.js';
import type { CounterEvidence } from '../../src/graph/index.js';
import { repoRoot } from '../helpers/cli.js';

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

function check(g: ReturnType<typeof readJson>) {
  const guard = g.findNode((_k, a) => a.name === 'Northern Guard') as string;
  const front = g.findNode((_k, a) => a.name === 'Harbor Front') as string;
  const port = g.findNode((_k, a) => a.name === 'Port Veyra') as string;
  const radio = g.findNode((_k, a) => a.name === 'Radio Kestrel') as string;
  expect(guard && front && port && radio).toBeTruthy();
  // The denial: no edge, but counter-evidence on the source node.
  expect(g.hasEdge(`${guard}|ATTACKED|${port}`)).toBe(false);
  const counter = g.getNodeAttribute(guard, 'counterEvidence') as CounterEvidence[];
  expect(counter).toHaveLength(1);
  expect(counter[0]).toMatchObject({ type: 'ATTACKED', target: port, polarity: 'negated' });
  expect(counter[0]?.text).toContain('did not attack');
  // The allegation: an edge, its evidence marked alleged and attributed.
  const ev = g.getEdgeAttribute(`${front}|ATTACKED|${port}`, 'evidence') as Evidence[];
  const alleged = ev.find((e) => e.text.includes('allegedly'));
  expect(alleged).toMatchObject({ polarity: 'asserted', modality: 'alleged' });
  expect(alleged?.attributedTo).toEqual([radio]);
  expect(alleged?.rule).toMatch(/\S/);
  // Reported speech: the speaker is attributed, not made the attacker.
  const said = ev.find((e) => e.text.includes('said'));
  const marsh = g.findNode((_k, a) => a.name.endsWith('Ivo Marsh')) as string;
  expect(said?.attributedTo).toEqual([marsh]);
  expect(g.hasEdge(`${marsh}|ATTACKED|${port}`)).toBe(false);
}

describe('negation, modality and attribution marks', () => {
  it('reach the JSON export of the embedded store', async () => {
    expect(await run('ingest', article, '--db', db, '--no-progress')).toBe(0);
    check(await exported(db, 'graph.json'));
  });

  it('come back through a GraphML export and graphwire import', async () => {
    expect(await run('ingest', article, '--db', db, '--no-progress')).toBe(0);
    const graphml = join(dir, 'g.graphml');
    expect(await run('export', '--db', db, '--format', 'graphml', '--out', graphml)).toBe(0);
    const other = join(dir, 'db2');
    expect(await run('import', graphml, '--db', other)).toBe(0);
    check(await exported(other, 'back.json'));
  });
});
