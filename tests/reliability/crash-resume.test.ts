import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, graphwire, tempDir } from '../helpers/cli.js';

/** A corpus of short articles written for this test, varied enough to give many entities. */
function corpus(n: number): string {
  const cities = [
    'Lima',
    'Quito',
    'Oslo',
    'Accra',
    'Hanoi',
    'Porto',
    'Turin',
    'Perth',
    'Dakar',
    'Riga',
  ];
  const people = [
    'Ana Ruiz',
    'Tomas Berg',
    'Kofi Mensah',
    'Linh Tran',
    'Marta Costa',
    'Ivan Petrov',
  ];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = people[i % people.length];
    const q = people[(i * 7 + 3) % people.length];
    const c = cities[(i * 3) % cities.length];
    lines.push(
      JSON.stringify({
        id: `story-${String(i).padStart(4, '0')}`,
        date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
        text: `${p} met ${q} in ${c} on Monday, officials said. The mayor of ${c} welcomed the visit. Report number ${i}.`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Starts an ingest and kills it with SIGKILL once its log has grown past
 * `bytes`: the kill points follow the progress of the run, not the clock.
 */
function killAtLogSize(args: string[], log: string, bytes: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const poll = setInterval(() => {
      let size = -1;
      try {
        size = statSync(log).size;
      } catch {}
      if (size >= bytes) child.kill('SIGKILL');
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

describe('an ingest killed with SIGKILL', () => {
  const dir = tempDir();
  const feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, corpus(400));

  it('resumes to exactly the graph of an uninterrupted run, at several kill points', async () => {
    const clean = join(dir, 'clean');
    expect((await graphwire(['ingest', feed, '--db', clean, '--batch', '16'])).code).toBe(0);
    const expected = (await graphwire(['export', '--db', clean])).stdout;
    expect(JSON.parse(expected).nodes.length).toBeGreaterThan(10);

    const total = statSync(join(clean, 'docs.log')).size;
    // Kill points from the first bytes of the log to late in the run.
    const points = [0, 0.1, 0.35, 0.6, 0.85];
    let killedMidway = 0;
    for (const [i, fraction] of points.entries()) {
      const db = join(dir, `killed-${i}`);
      const args = ['ingest', feed, '--db', db, '--batch', '16'];
      const signal = await killAtLogSize(args, join(db, 'docs.log'), Math.floor(total * fraction));
      if (signal === 'SIGKILL') killedMidway++;
      const resumed = await graphwire([...args, '--json']);
      expect(resumed.code).toBe(0);
      const s = JSON.parse(resumed.stdout);
      // Every document is either already committed or ingested now: none lost, none twice.
      expect(s.ingested + s.unchanged).toBe(400);
      expect(s.unchanged).toBeLessThan(400);
      expect((await graphwire(['export', '--db', db])).stdout).toBe(expected);
    }
    expect(killedMidway).toBe(points.length);
  }, 240_000);
});
