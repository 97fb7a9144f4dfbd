import { expect } from 'vitest';
import type { Evidence } from '../../src/extract/types.js';
import type { CounterEvidence, KnowledgeGraph } from '../../src/graph/index.js';

/**
 * What a graph of tests/fixtures/marks/denial.txt must hold, wherever it went:
 * the denial is no edge but counter-evidence on its source node; the
 * allegation is an edge marked alleged and attributed; reported speech
 * attributes the statement to its speaker and makes the speaker no attacker.
 */
export function checkMarks(g: KnowledgeGraph): void {
  const guard = g.findNode((_k, a) => a.name === 'Northern Guard') as string;
  const front = g.findNode((_k, a) => a.name === 'Harbor Front') as string;
  const port = g.findNode((_k, a) => a.name === 'Port Veyra') as string;
  const radio = g.findNode((_k, a) => a.name === 'Radio Kestrel') as string;
  expect(guard && front && port && radio).toBeTruthy();
  expect(g.hasEdge(`${guard}|ATTACKED|${port}`)).toBe(false);
  const counter = g.getNodeAttribute(guard, 'counterEvidence') as CounterEvidence[];
  expect(counter).toHaveLength(1);
  expect(counter[0]).toMatchObject({ type: 'ATTACKED', target: port, polarity: 'negated' });
  expect(counter[0]?.text).toContain('did not attack');
  const ev = g.getEdgeAttribute(`${front}|ATTACKED|${port}`, 'evidence') as Evidence[];
  const alleged = ev.find((e) => e.text.includes('allegedly'));
  expect(alleged).toMatchObject({ polarity: 'asserted', modality: 'alleged' });
  expect(alleged?.attributedTo).toEqual([radio]);
  expect(alleged?.rule).toMatch(/\S/);
  const said = ev.find((e) => e.text.includes('said'));
  const marsh = g.findNode((_k, a) => a.name.endsWith('Ivo Marsh')) as string;
  expect(said?.attributedTo).toEqual([marsh]);
  expect(g.hasEdge(`${marsh}|ATTACKED|${port}`)).toBe(false);
}
