import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jConfig, redactUri } from '../../../src/store/neo4j/index.js';

let dir: string;
let envFile: string;

describe('neo4jConfig', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'graphwire-config-'));
    envFile = path.join(dir, '.env');
    await writeFile(
      envFile,
      'NEO4J_URI=neo4j+s://abc.databases.neo4j.io\nNEO4J_USERNAME=reader\nNEO4J_PASSWORD=from-dotenv-secret\nNEO4J_DATABASE=news\n',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes flags over the environment over .env over the local default', () => {
    expect(neo4jConfig({ env: {}, envFile: false }).uri).toBe('bolt://127.0.0.1:7687');
    const fromFile = neo4jConfig({ env: {}, envFile });
    expect(fromFile).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      database: 'news',
    });
    expect(fromFile.password).toBe('from-dotenv-secret');
    const fromEnv = neo4jConfig({
      env: { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'env-secret' },
      envFile,
    });
    expect(fromEnv.uri).toBe('bolt://db:7687');
    expect(fromEnv.password).toBe('env-secret');
    expect(
      neo4jConfig({ uri: 'neo4j://flag:7687', env: { NEO4J_URI: 'bolt://db:7687' } }).uri,
    ).toBe('neo4j://flag:7687');
  });

  it('never shows the password when the config is printed or serialized', () => {
    const config = neo4jConfig({ env: {}, envFile });
    expect(JSON.stringify(config)).not.toContain('from-dotenv-secret');
    expect(inspect(config, { depth: 5 })).not.toContain('from-dotenv-secret');
    expect(`${Object.values(config)}`).not.toContain('from-dotenv-secret');
  });

  it('refuses a URI that is not a Neo4j URI, without echoing credentials in it', () => {
    expect(() => neo4jConfig({ uri: 'http://u:pw@host', env: {}, envFile: false })).toThrow(
      expect.objectContaining({ code: 'CONFIG' }),
    );
    expect(redactUri('neo4j+s://user:pw@host:7687')).toBe('neo4j+s://host:7687');
  });
});
