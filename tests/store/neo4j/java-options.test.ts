import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { JAVA_DEFAULTS, javaOptions } from '../../../src/store/neo4j/local-server.js';

/** Runs `java OPTIONS -version`: the JVM refuses an unknown or inconsistent option there. */
function javaVersion(options: readonly string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) =>
    execFile('java', [...options, '-version'], (err, stdout, stderr) =>
      done({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    ),
  );
}

describe('the local Neo4j JVM options', () => {
  const saved = process.env.GRAPHWIRE_NEO4J_JAVA_OPTS;
  afterEach(() => {
    if (saved === undefined) delete process.env.GRAPHWIRE_NEO4J_JAVA_OPTS;
    else process.env.GRAPHWIRE_NEO4J_JAVA_OPTS = saved;
  });

  it('starts a JVM with the defaults `graphwire neo4j start` runs (the tests run a smaller heap)', async () => {
    const { code, out } = await javaVersion(JAVA_DEFAULTS);
    expect(out).not.toMatch(/Unrecognized|Error|Invalid/i);
    expect(code).toBe(0);
  });

  it('refuses a misspelt option, so the check above can fail', async () => {
    const { code } = await javaVersion(['-XX:MaxTenuringTreshold=0']);
    expect(code).not.toBe(0);
  });

  it('takes GRAPHWIRE_NEO4J_JAVA_OPTS instead of the defaults, and the defaults without it', () => {
    process.env.GRAPHWIRE_NEO4J_JAVA_OPTS = ' -Xmx512m  -XX:+UseSerialGC ';
    expect(javaOptions()).toEqual(['-Xmx512m', '-XX:+UseSerialGC']);
    delete process.env.GRAPHWIRE_NEO4J_JAVA_OPTS;
    expect(javaOptions()).toEqual([...JAVA_DEFAULTS]);
  });
});
