// The most connected actors: distinct neighbours through relations, and articles mentioning them.
// Run: graphwire query --file cypher/queries/most-connected.cypher --param limit=10
// @param limit=20
MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]-(other:Entity)
WITH e, count(DISTINCT other) AS neighbours, coalesce(sum(r.count), 0) AS reports
RETURN e.name AS name, e.type AS type, neighbours, reports,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
ORDER BY neighbours DESC, reports DESC, articles DESC, name
LIMIT $limit
