import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docker = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
const hasCompose = docker.status === 0;

describe('docker-compose.yml', () => {
  it.skipIf(!hasCompose)('is a valid compose file', () => {
    const r = spawnSync('docker', ['compose', 'config', '-q'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_PASSWORD: 'compose-check-only' },
    });
    expect(r.status, r.stderr).toBe(0);
  });

  it('asks for the password from the environment instead of holding one', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path.join(root, 'docker-compose.yml'), 'utf8');
    expect(text).toContain('neo4j:5.26-community');
    expect(text).toMatch(/NEO4J_AUTH: "\$\{NEO4J_USERNAME:-neo4j\}\/\$\{NEO4J_PASSWORD:\?/);
    expect(text).toMatch(/healthcheck:/);
  });
});
