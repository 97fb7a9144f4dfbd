/**
 * Rows that travel to Neo4j as one string each, split in Cypher, as LOAD CSV
 * reads its lines. The driver packs every value of a parameter on its own (a
 * closure, a check against each temporal and spatial type, a buffer per
 * string, an object per Bolt integer): the ~113,000 MENTIONS of the Reuters
 * corpus are 2.5 million values, about 1.4 s of client CPU a whole write,
 * where one string a row packs in 0.05 s.
 *
 * A list field may be null: it travels as an empty list.
 * A row's fields are joined by a field separator and a list's items by an
 * item separator: by default U+001F and U+001E, control characters that the
 * readers remove from every text. A batch holding either in some value (text
 * given through the library, say) is sent with two other characters that no
 * value of it holds; the statement takes them as `$sep`.
 *
 * The Cypher is written with named fields (`m.name`) and rewritten once, at
 * load time, to what reads them from the split row (`m[2]`,
 * `toInteger(m[3])`), so the statements stay readable.
 */

/** How a field is written and read back. */
export type FieldKind =
  /** A string, as it is. */
  | 'text'
  /** A string or null. */
  | 'maybe'
  /** A whole number. */
  | 'int'
  /** A list of strings: null for an empty list (no property stored). */
  | 'texts'
  /** A list of whole numbers. */
  | 'ints'
  /** A list of numbers, read as floats. */
  | 'floats';

export interface TextRows<T> {
  readonly fields: readonly (keyof T & string)[];
  /** The rows as strings, and the separators `[field, item]` to send as `$sep`. */
  encode(rows: readonly T[]): { lines: string[]; sep: [string, string] };
  /** `query` with every `<variable>.<field>` turned into the expression that reads it. */
  rewrite(query: string, variable: string): string;
  /** A Cypher map of every field, read from the split row `variable` (`{key: f[0], ...}`). */
  map(variable: string): string;
}

export const SEPARATORS: [string, string] = ['\u001f', '\u001e'];

/** Thrown inside `encode` when a value holds a separator: the batch is encoded again with others. */
class Clash extends Error {}

/** The first pair of private-use characters that no string of `values` holds. */
function freeSeparators(values: readonly string[]): [string, string] {
  const used = new Set<number>();
  for (const v of values) for (let i = 0; i < v.length; i++) used.add(v.charCodeAt(i));
  const free: string[] = [];
  for (let c = 0xe000; free.length < 2; c++) if (!used.has(c)) free.push(String.fromCharCode(c));
  return [free[0] as string, free[1] as string];
}

/**
 * `kinds` gives each field's kind, in the order the fields travel. A value
 * of a `text` field must not be null; a list may be empty.
 */
export function textRows<T>(kinds: { readonly [K in keyof T & string]?: FieldKind }): TextRows<T> {
  const fields = Object.keys(kinds) as (keyof T & string)[];
  const kindOf = fields.map((f) => kinds[f] as FieldKind);
  const position = new Map<string, number>(fields.map((f, i) => [f, i]));

  const line = (row: T, field: string, item: string): string => {
    const out = new Array<string>(fields.length);
    for (let i = 0; i < fields.length; i++) {
      const v = row[fields[i] as keyof T] as unknown;
      switch (kindOf[i]) {
        case 'text': {
          const s = v as string;
          if (s.includes(field) || s.includes(item)) throw new Clash();
          out[i] = s;
          break;
        }
        case 'maybe': {
          const s = v as string | null;
          if (s !== null && (s.includes(field) || s.includes(item))) throw new Clash();
          // Marked as a list is, so '' is not null.
          out[i] = s === null ? '' : item + s;
          break;
        }
        case 'int':
          out[i] = String(v);
          break;
        default: {
          const list = (v ?? []) as readonly (string | number)[];
          if (kindOf[i] === 'texts')
            for (const x of list as readonly string[])
              if (x.includes(field) || x.includes(item)) throw new Clash();
          // A leading item separator marks a list, so [''] is not [].
          out[i] = list.length ? item + list.join(item) : '';
        }
      }
    }
    return out.join(field);
  };

  return {
    fields,
    encode(rows) {
      try {
        return { lines: rows.map((r) => line(r, ...SEPARATORS)), sep: SEPARATORS };
      } catch (err) {
        if (!(err instanceof Clash)) throw err;
        const values: string[] = [];
        for (const r of rows)
          for (const f of fields) {
            const v = r[f] as unknown;
            if (typeof v === 'string') values.push(v);
            else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') values.push(x);
          }
        const sep = freeSeparators(values);
        return { lines: rows.map((r) => line(r, ...sep)), sep };
      }
    },
    rewrite,
    map: (variable) =>
      rewrite(`{${fields.map((f) => `${f}: ${variable}.${f}`).join(', ')}}`, variable),
  };

  function rewrite(query: string, variable: string): string {
    const ref = new RegExp(`\\b${variable}\\.([A-Za-z_][A-Za-z0-9_]*)`, 'g');
    return query.replace(ref, (_all, field: string) => {
      const i = position.get(field);
      // A programming error in a statement, found the first time the module loads.
      if (i === undefined) throw new Error(`${variable}.${field} is not a row field`);
      const at = `${variable}[${i}]`;
      const items = `tail(split(${at}, $sep[1]))`;
      switch (kindOf[i]) {
        case 'text':
          return at;
        case 'maybe':
          return `(CASE ${at} WHEN '' THEN null ELSE substring(${at}, 1) END)`;
        case 'int':
          return `toInteger(${at})`;
        case 'texts':
          return `(CASE ${at} WHEN '' THEN null ELSE ${items} END)`;
        case 'floats':
          return `[x IN ${items} | toFloat(x)]`;
        default:
          return `[x IN ${items} | toInteger(x)]`;
      }
    });
  }
}
