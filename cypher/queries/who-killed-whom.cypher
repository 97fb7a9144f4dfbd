// Who killed whom, with how often it was reported, the dates and one sentence of evidence.
// Run: graphwire query --file cypher/queries/who-killed-whom.cypher
MATCH (a:Entity)-[r:KILLED]->(b:Entity)
RETURN a.name AS killer, b.name AS killed, r.count AS reports, r.firstDate AS firstDate,
       r.lastDate AS lastDate, r.evidenceText[0] AS evidence, r.docs AS articles
ORDER BY reports DESC, killer, killed
