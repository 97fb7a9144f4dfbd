// The shortest chain of relations between two actors (relations only, not shared articles).
// Run: graphwire query --file cypher/queries/shortest-path.cypher --param from="Donald Trump" --param to="Qassem Soleimani"
// @param from=Donald Trump
// @param to=Qassem Soleimani
MATCH (a:Entity) WHERE toLower(a.name) = toLower($from)
MATCH (b:Entity) WHERE toLower(b.name) = toLower($to) AND b <> a
MATCH p = shortestPath((a)-[:KILLED|ATTACKED|WARNED|THREATENED|ACCUSED|ORDERED|DEPLOYED_TO|SUPPORTS|COMMANDED|LEADS|MEMBER_OF|WORKS_FOR|LIVES_IN|LOCATED_IN|BASED_IN*..8]-(b))
RETURN [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidenceText[0]] AS evidence
