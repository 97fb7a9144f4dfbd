// The articles that mention an entity (by name or alias), newest first, with their mention count.
// Run: graphwire query --file cypher/queries/articles-mentioning.cypher --param name=Iran
// @param name=Iran
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(x IN e.aliases WHERE toLower(x) = toLower($name))
RETURN a.id AS article, a.title AS title, a.date AS date, a.url AS url, e.name AS entity,
       size(m.mentionStart) AS mentions
ORDER BY date DESC, article
