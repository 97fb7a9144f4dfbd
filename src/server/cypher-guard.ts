import { InvalidInputError } from '../errors.js';

/**
 * Clauses and commands that change data, schema or the server. The viewer's
 * Cypher box is read-only: the server also runs queries with `executeRead`,
 * this check refuses them earlier and with a clear message.
 */
const WRITE_CLAUSES = [
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'SET',
  'REMOVE',
  'DROP',
  'FOREACH',
  'LOAD\\s+CSV',
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'RENAME',
  'START',
  'STOP',
  'TERMINATE',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'IN\\s+TRANSACTIONS',
];

const WRITE_RE = new RegExp(`(?<![.$\\w])(${WRITE_CLAUSES.join('|')})\\b`, 'i');

/** Procedures a read-only query may call: schema introspection only. */
const READ_PROCEDURES = /^(db\.labels|db\.relationshipTypes|db\.propertyKeys|db\.schema\.[\w.]+)$/i;

const CALL_RE = /(?<![.$\w])CALL\s*([A-Za-z_][\w.]*|\{)/gi;

/** The query with string literals, comments and quoted names blanked out. */
export function stripLiterals(query: string): string {
  return query.replace(
    /'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (m) => ' '.repeat(m.length),
  );
}

/**
 * Throws InvalidInputError unless `query` reads only: no write clause, no
 * admin command, no procedure other than schema introspection.
 */
export function assertReadOnlyCypher(query: string): void {
  if (typeof query !== 'string' || query.trim() === '')
    throw new InvalidInputError('cypher: expected a non-empty query string');
  const code = stripLiterals(query);
  if (/['"`]|\/\*/.test(code))
    throw new InvalidInputError('cypher: unterminated string, name or comment');
  const w = WRITE_RE.exec(code);
  if (w) {
    throw new InvalidInputError(
      `cypher: read-only queries only, ${(w[1] as string).toUpperCase().replace(/\s+/g, ' ')} is refused`,
    );
  }
  for (const m of code.matchAll(CALL_RE)) {
    const target = m[1] as string;
    if (target === '{') continue; // subquery: its clauses are checked above
    if (!READ_PROCEDURES.test(target))
      throw new InvalidInputError(`cypher: read-only queries only, CALL ${target} is refused`);
  }
}
