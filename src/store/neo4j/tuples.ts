import neo4j from 'neo4j-driver';

/**
 * Rows travel to Neo4j as lists, not maps. A map parameter repeats every
 * field name in every row: for the Reuters corpus that is about a third of
 * the bytes the driver encodes and the server decodes. The Cypher is still
 * written with named fields (`row.name`) and rewritten once, at load time,
 * to list positions (`row[2]`), so the statements stay readable.
 *
 * Whole-number fields travel as Bolt integers. The driver sends a plain
 * JavaScript number as a float: Neo4j then stored offsets and counts as
 * doubles (where `ingest --bulk` stores them as int), a float takes 9 bytes
 * on the wire where a small integer takes 1 to 3, and a list of doubles is
 * stored at 64 bits a value where a list of integers is bit-packed.
 */

/** A fixed field order for rows of type T. */
export interface Tuples<T> {
  readonly fields: readonly (keyof T & string)[];
  /** The row as a list, in field order. */
  encode(row: T): unknown[];
  /** `query` with every `<variable>.<field>` turned into `<variable>[<position>]`. */
  rewrite(query: string, variable: string): string;
}

/** A whole number (or a list of them) as Bolt integers; null stays null. */
export function boltInt(value: unknown): unknown {
  if (typeof value === 'number') return neo4j.int(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'number' ? neo4j.int(v) : v));
  return value;
}

/**
 * `integers` names the fields that hold whole numbers (or lists of them); the
 * others travel as they are, so a confidence of exactly 1 stays a float.
 */
export function tuples<T>(
  fields: readonly (keyof T & string)[],
  integers: readonly (keyof T & string)[] = [],
): Tuples<T> {
  const position = new Map<string, number>(fields.map((f, i) => [f, i]));
  const whole = fields.map((f) => integers.includes(f));
  return {
    fields,
    encode: (row) => fields.map((f, i) => (whole[i] ? boltInt(row[f]) : row[f])),
    rewrite(query, variable) {
      const ref = new RegExp(`\\b${variable}\\.([A-Za-z_][A-Za-z0-9_]*)`, 'g');
      return query.replace(ref, (_all, field: string) => {
        const i = position.get(field);
        // A programming error in a statement, found the first time the module loads.
        if (i === undefined) throw new Error(`${variable}.${field} is not a row field`);
        return `${variable}[${i}]`;
      });
    },
  };
}
