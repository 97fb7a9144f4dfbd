import neo4j, { type Driver, Neo4jError as DriverError } from 'neo4j-driver';
import { Neo4jError, Neo4jUnavailableError, QueryError } from '../../errors.js';
import { redactUri } from './config.js';
import type { Neo4jConfig } from './types.js';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * The error graphwire reports for a driver failure: unreachable or refused
 * credentials become Neo4jUnavailableError (exit 2) naming the URI; a rejected
 * query becomes QueryError. Messages never carry the password.
 */
export function toGraphwireError(config: Neo4jConfig, err: unknown, doing: string): Error {
  const uri = redactUri(config.uri);
  const scrub = (s: string) => (config.password ? s.split(config.password).join('***') : s);
  if (err instanceof DriverError) {
    const first = scrub(err.message.split('\n')[0] ?? '');
    if (err.code === 'Neo.ClientError.Security.Unauthorized') {
      return new Neo4jUnavailableError(
        uri,
        `Neo4j at ${uri} refused the credentials of user ${JSON.stringify(config.username)} (set NEO4J_USERNAME and NEO4J_PASSWORD)`,
      );
    }
    if (UNAVAILABLE.has(err.code) || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(first)) {
      const cause = /Caused by: (.*)$/.exec(first)?.[1] ?? first;
      return new Neo4jUnavailableError(
        uri,
        `Neo4j at ${uri} is unreachable while ${doing} (${cause}); start it (graphwire neo4j start, docker compose up -d) or set NEO4J_URI`,
      );
    }
    if (
      err.code.startsWith('Neo.ClientError.Statement') ||
      err.code.startsWith('Neo.ClientError.Procedure')
    ) {
      return new QueryError(`Neo4j rejected the query: ${first}`);
    }
    return new Neo4jError(`Neo4j at ${uri} failed while ${doing}: ${err.code} ${first}`);
  }
  return err instanceof Error ? err : new Neo4jError(String(err));
}

/** A driver that has reached the server once; throws Neo4jUnavailableError otherwise. */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const auth =
    config.password === undefined
      ? neo4j.auth.basic(config.username, '')
      : neo4j.auth.basic(config.username, config.password);
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: config.maxRetryTimeMs ?? 60_000,
      connectionAcquisitionTimeout: 20_000,
      logging: { level: 'error', logger: () => {} },
      userAgent: 'graphwire',
    });
  } catch (err) {
    throw toGraphwireError(config, err, 'connecting');
  }
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (err) {
    await driver.close().catch(() => {});
    throw toGraphwireError(config, err, 'connecting');
  }
  return driver;
}

/** Session options for the configured database. */
export function sessionConfig(config: Neo4jConfig, mode: 'READ' | 'WRITE') {
  return {
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(config.database ? { database: config.database } : {}),
  };
}
