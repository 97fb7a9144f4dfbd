import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { sessionConfig, toGraphwireError } from './connect.js';
import type { Neo4jConfig } from './types.js';

/** cypher/schema.cypher of this package (dist/store/neo4j -> ../../../cypher). */
export const SCHEMA_FILE = new URL('../../../cypher/schema.cypher', import.meta.url);

/** The statements of a Cypher script: `//` comment lines dropped, split on `;` at line ends. */
export function splitStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies the schema: constraints, indexes and the full-text index, each
 * `IF NOT EXISTS`, then waits until the indexes are online. Safe to run again
 * and from several processes at once.
 */
export async function applySchema(driver: Driver, config: Neo4jConfig): Promise<number> {
  const statements = splitStatements(await readFile(SCHEMA_FILE, 'utf8'));
  const session = driver.session(sessionConfig(config, 'WRITE'));
  try {
    for (const statement of statements) {
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (err) {
        // Two processes creating the same index at once: the loser sees it exists.
        const code = (err as { code?: string }).code ?? '';
        if (!/AlreadyExists|EquivalentSchemaRule/.test(code)) throw err;
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } catch (err) {
    throw toGraphwireError(config, err, 'applying the schema');
  } finally {
    await session.close();
  }
  return statements.length;
}
