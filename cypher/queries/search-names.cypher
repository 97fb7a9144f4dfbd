// Full-text search over entity names and aliases (Lucene syntax: fuzzy~, prefix*).
// Run: graphwire query --file cypher/queries/search-names.cypher --param q="soleim*"
// @param q=iran
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC
LIMIT 25
