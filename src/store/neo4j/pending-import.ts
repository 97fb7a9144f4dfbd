import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ConfigError } from '../../errors.js';
import { openDriver, sessionConfig, toGraphwireError } from './connect.js';
import type { RelationRow } from './rows.js';
import { applySchema } from './schema.js';
import type { Neo4jConfig } from './types.js';
import { cypher, PLACE_ENTITIES } from './write.js';

/**
 * What `ingest --neo4j --bulk` leaves for the first start of the local
 * Neo4j: neo4j-admin (Community, record format) cannot build constraints or
 * indexes, and some properties need Cypher after the import. Starting Neo4j
 * once more inside the ingest just for that cost a JVM and database start
 * (30 to 65 s on a loaded 2-core machine); instead the ingest records the
 * work in `<data-dir>/PENDING_FILE`, and the next start of that database
 * (`graphwire neo4j start`, or `spawnLocalNeo4j`) does it before it reports
 * ready: the schema, the evidence lists below and the Locations' places.
 */

export const PENDING_FILE = 'graphwire-pending-import.json';

/**
 * The per-evidence string lists that hold '' for "none". neo4j-admin (5.26)
 * keeps empty items of a string[] column, inner and trailing ones, but reads
 * the list of one empty item (the field `""`) as no list at all, so a
 * relationship with one undated evidence would lose its evidenceDate. The
 * files carry each item behind EVIDENCE_ITEM_MARK in a `_`-prefixed property,
 * and UNMARK_EVIDENCE turns those into the real lists after the import.
 */
export const MARKED_EVIDENCE_LISTS = [
  'evidenceDate',
  'evidenceDateText',
  'evidenceDateSource',
  'evidenceRule',
  'evidenceModality',
  'evidenceAttributedTo',
] as const satisfies readonly (keyof RelationRow)[];
export const EVIDENCE_ITEM_MARK = '+';
export const marked = (name: string) => `_${name}`;

/** Sets every marked list from its `_` property with the mark cut off, and removes the `_` property. */
export const UNMARK_EVIDENCE = `
MATCH ()-[r]->() WHERE r.${marked(MARKED_EVIDENCE_LISTS[0])} IS NOT NULL
CALL (r) {
  SET ${MARKED_EVIDENCE_LISTS.map((n) => `r.${n} = [x IN r.${marked(n)} | substring(x, ${EVIDENCE_ITEM_MARK.length})]`).join(',\n    ')}
  REMOVE ${MARKED_EVIDENCE_LISTS.map((n) => `r.${marked(n)}`).join(', ')}
} IN TRANSACTIONS OF 10000 ROWS`;

/** Location keys per PLACE_ENTITIES statement. */
const PLACE_CHUNK = 10000;

/**
 * The marked evidence lists become the real ones, and every Location some
 * article places gets its place from its MENTIONS, by the incremental
 * writer's own statement. Keys travel as parameters. Safe to run twice.
 */
export async function completeImport(
  driver: Driver,
  config: Neo4jConfig,
  placedKeys: readonly string[],
): Promise<void> {
  const session = driver.session(sessionConfig(config, 'WRITE'));
  try {
    // CALL { } IN TRANSACTIONS needs an auto-commit transaction.
    await session.run(UNMARK_EVIDENCE);
    for (let i = 0; i < placedKeys.length; i += PLACE_CHUNK) {
      const keys = placedKeys.slice(i, i + PLACE_CHUNK);
      await session.executeWrite((tx) => tx.run(cypher(PLACE_ENTITIES), { keys }));
    }
  } catch (err) {
    throw toGraphwireError(config, err, 'completing the bulk import');
  } finally {
    await session.close();
  }
}

interface Pending {
  /** Location keys some article places. */
  placed: string[];
}

/** Records the work a bulk import leaves for the next start of the database in `dataDir`. */
export async function writePendingImport(
  dataDir: string,
  placed: readonly string[],
): Promise<void> {
  const pending: Pending = { placed: [...placed] };
  await writeFile(join(resolve(dataDir), PENDING_FILE), `${JSON.stringify(pending)}\n`);
}

/** Forgets pending work (a new import replaces the database it was for). */
export async function dropPendingImport(dataDir: string): Promise<void> {
  await rm(join(resolve(dataDir), PENDING_FILE), { force: true });
}

export function hasPendingImport(dataDir: string): boolean {
  return existsSync(join(resolve(dataDir), PENDING_FILE));
}

/**
 * On a start of the local Neo4j of `dataDir`, once Bolt is up: applies the
 * schema and completes the bulk import recorded there, then forgets it.
 * Resolves to the seconds it took, or undefined when nothing was pending.
 * When it fails the record stays, so the next start tries again.
 */
export async function applyPendingImport(
  dataDir: string,
  config: Neo4jConfig,
): Promise<number | undefined> {
  const path = join(resolve(dataDir), PENDING_FILE);
  if (!existsSync(path)) return undefined;
  const t0 = performance.now();
  let pending: Pending;
  try {
    pending = JSON.parse(await readFile(path, 'utf8')) as Pending;
    if (!Array.isArray(pending.placed)) throw new Error('no placed list');
  } catch (cause) {
    throw new ConfigError(
      `${path}: unreadable record of a bulk import's pending schema (${(cause as Error).message}); run graphwire neo4j schema, then delete it`,
      { cause },
    );
  }
  const driver = await openDriver(config);
  try {
    await applySchema(driver, config);
    await completeImport(driver, config, pending.placed);
  } finally {
    await driver.close();
  }
  await rm(path, { force: true });
  return (performance.now() - t0) / 1000;
}
