// Everything linked to one entity (by name or alias), with the evidence sentences.
// Run: graphwire query --file cypher/queries/entity-evidence.cypher --param name="Qassem Soleimani"
// @param name=Iran
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
MATCH (e)-[r]-(other:Entity)
RETURN e.name AS entity, type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.name AS other, other.type AS otherType, r.count AS reports,
       r.evidenceText AS evidence, r.evidenceDoc AS articles
ORDER BY reports DESC, relation, other
