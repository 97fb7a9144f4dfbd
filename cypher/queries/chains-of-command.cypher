// Chains of command: who commands, leads or orders whom, up to $depth steps.
// Run: graphwire query --file cypher/queries/chains-of-command.cypher --param depth=3
// @param depth=4
// @param limit=50
MATCH p = (top:Entity)-[:COMMANDED|LEADS|ORDERED*1..6]->(bottom:Entity)
WHERE length(p) <= $depth AND NOT ()-[:COMMANDED|LEADS|ORDERED]->(top)
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS links, length(p) AS steps
ORDER BY steps DESC, chain
LIMIT $limit
