import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import { ConfigError } from '../../errors.js';
import type { Neo4jConfig } from './types.js';

export interface ConfigOptions {
  /** From a flag; wins over the environment and `.env`. */
  uri?: string;
  username?: string;
  database?: string;
  /** The environment to read (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The `.env` file to read, or false for none (default: `.env` in the working directory). */
  envFile?: string | false;
}

export const DEFAULTS = {
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  envFile: '.env',
  maxRetryTimeMs: 60_000,
};

const SCHEMES = /^(?:neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//;

function readEnvFile(path: string): Record<string, string> {
  try {
    return parse(readFileSync(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code})`);
  }
}

/** The URI without any user:password part, fit for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/i, '$1');
}

/**
 * Resolves the Neo4j connection: flags, then the environment (NEO4J_URI,
 * NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), then a `.env` file, then
 * the local default. The password only ever comes from the environment or
 * `.env`, so it never sits on a command line or in a committed file.
 */
export function neo4jConfig(options: ConfigOptions = {}): Neo4jConfig {
  const env = options.env ?? process.env;
  const envFile = options.envFile ?? DEFAULTS.envFile;
  const file = envFile === false ? {} : readEnvFile(resolve(envFile));
  const pick = (name: string): string | undefined => {
    const v = env[name] ?? file[name];
    return v === undefined || v === '' ? undefined : v;
  };
  const uri = options.uri ?? pick('NEO4J_URI') ?? DEFAULTS.uri;
  if (!SCHEMES.test(uri)) {
    throw new ConfigError(
      `Neo4j URI ${JSON.stringify(redactUri(uri))}: expected neo4j://, neo4j+s://, bolt:// or bolt+s://`,
    );
  }
  const retry = Number(pick('GRAPHWIRE_NEO4J_RETRY_SECONDS'));
  const config: Neo4jConfig = {
    uri,
    username: options.username ?? pick('NEO4J_USERNAME') ?? DEFAULTS.username,
    maxRetryTimeMs: Number.isFinite(retry) && retry > 0 ? retry * 1000 : DEFAULTS.maxRetryTimeMs,
  };
  const database = options.database ?? pick('NEO4J_DATABASE');
  if (database) config.database = database;
  const password = pick('NEO4J_PASSWORD');
  if (password !== undefined) {
    Object.defineProperty(config, 'password', { value: password, enumerable: false });
  }
  return config;
}
