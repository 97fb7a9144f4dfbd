import { describe, expect, it } from 'vitest';
import { assertReadOnlyCypher } from '../../src/server/cypher-guard.js';

const code = (q: string) => {
  try {
    assertReadOnlyCypher(q);
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('the Cypher box accepts reads and refuses writes', () => {
  it.each([
    'MATCH (n:Person) RETURN n LIMIT 25',
    'MATCH p=(a)-[:KILLED]->(b) RETURN p',
    "MATCH (n) WHERE n.name = 'CREATE TABLE; DELETE everything' RETURN n",
    'MATCH (n) WHERE n.name CONTAINS "SET" RETURN n.name AS name',
    'MATCH (n) RETURN n.set, n.`merge` // DELETE in a comment\n',
    'MATCH (n) /* DROP */ RETURN count(n)',
    'CALL db.labels() YIELD label RETURN label',
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (n:`DELETE`) RETURN n',
    'WITH $createdAt AS t RETURN t',
  ])('accepts %s', (q) => {
    expect(code(q)).toBe('ok');
  });

  it.each([
    'CREATE (n:Person {name: "x"})',
    'MATCH (n) DETACH DELETE n',
    'match (n) delete n',
    'MATCH (n) SET n.name = "x"',
    'MATCH (n) REMOVE n:Person',
    "MERGE (n:Person {name: 'x'}) RETURN n",
    'DROP INDEX foo',
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    'MATCH (n) FOREACH (x IN [1] | SET n.a = x)',
    "CALL apoc.create.node(['X'], {}) YIELD node RETURN node",
    "CALL apoc.cypher.runWrite('CREATE (n)', {})",
    'CALL dbms.security.createUser("a", "b")',
    'CALL { MATCH (n) DELETE n } IN TRANSACTIONS',
    'MATCH (n) RETURN n; CREATE (m)',
    "MATCH (n) RETURN 'unterminated",
    '',
    '   ',
  ])('refuses %s', (q) => {
    expect(code(q)).toBe('INVALID_INPUT');
  });
});
