/**
 * Rows travel to Neo4j as lists, not maps. A map parameter repeats every
 * field name in every row: for the Reuters corpus that is about a third of
 * the bytes the driver encodes and the server decodes. The Cypher is still
 * written with named fields (`row.name`) and rewritten once, at load time,
 * to list positions (`row[2]`), so the statements stay readable.
 */

/** A fixed field order for rows of type T. */
export interface Tuples<T> {
  readonly fields: readonly (keyof T & string)[];
  /** The row as a list, in field order. */
  encode(row: T): unknown[];
  /** `query` with every `<variable>.<field>` turned into `<variable>[<position>]`. */
  rewrite(query: string, variable: string): string;
}

export function tuples<T>(fields: readonly (keyof T & string)[]): Tuples<T> {
  const position = new Map<string, number>(fields.map((f, i) => [f, i]));
  return {
    fields,
    encode: (row) => fields.map((f) => row[f]),
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
