// Relations reported between two dates (YYYY-MM-DD, inclusive), oldest first.
// Run: graphwire query --file cypher/queries/relations-in-date-range.cypher --param from=1987-03-01 --param to=1987-03-31
// @param from=0000-01-01
// @param to=9999-12-31
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.firstDate IS NOT NULL AND r.lastDate >= $from AND r.firstDate <= $to
RETURN r.firstDate AS firstDate, r.lastDate AS lastDate, a.name AS source, type(r) AS relation,
       b.name AS target, r.count AS reports
ORDER BY firstDate, source, relation, target
