import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ingestStore, repoRoot } from '../viewer/harness.js';

const run = promisify(execFile);
const bin = join(repoRoot, 'bin/graphwire.js');

async function fails(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [bin, ...args]);
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
  throw new Error(`graphwire ${args.join(' ')} succeeded`);
}

describe('graphwire view reports expected problems in one line', () => {
  it('--neo4j with no Neo4j listening', async () => {
    const r = await fails(['view', '--neo4j', 'bolt://127.0.0.1:1']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^graphwire: .*127\.0\.0\.1:1/);
  });

  it('a store that does not exist', async () => {
    const r = await fails(['view', '--db', join(repoRoot, 'no-such-store')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^graphwire: store .*no such store/);
  });

  it('a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const store = await ingestStore([join(repoRoot, 'tests/fixtures/viewer/harbor-raid.txt')]);
      const r = await fails(['view', '--db', store, '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `graphwire: port ${port} on 127.0.0.1 is in use: pick another with --port`,
      );
    } finally {
      blocker.close();
    }
  });
});
