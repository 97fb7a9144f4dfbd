// Events whose date falls in a range (YYYY-MM-DD, inclusive), one row per sentence, oldest first.
// The date is the one the sentence gives the event ("on Thursday", "a 2006 crash"), else the
// article's; a year, month or ISO week counts when any of its days is in the range.
// Run: graphwire query --file cypher/queries/events-in-a-date-range.cypher --param since=2020-01-01 --param until=2020-01-31
// @param since=0000-01-01
// @param until=9999-12-31
MATCH (a:Entity)-[r]->(b:Entity)
UNWIND range(0, size(r.evidenceDoc) - 1) AS i
WITH a, r, b, i,
     CASE WHEN coalesce(r.evidenceDate[i], '') <> '' THEN r.evidenceDate[i]
          ELSE COLLECT { MATCH (x:Article {id: r.evidenceDoc[i]}) RETURN x.date }[0] END AS date
WHERE date IS NOT NULL
WITH a, r, b, i, date,
     CASE WHEN date =~ '[0-9]{4}-W[0-9]{2}'
          THEN toString(date({year: toInteger(left(date, 4)), week: toInteger(right(date, 2))}))
          ELSE date END AS first,
     CASE WHEN date =~ '[0-9]{4}-W[0-9]{2}'
          THEN toString(date({year: toInteger(left(date, 4)), week: toInteger(right(date, 2)), dayOfWeek: 7}))
          WHEN size(date) < 10 THEN date + '~' ELSE date END AS last
WHERE first <= $until AND last >= $since
RETURN date, r.evidenceDateText[i] AS dateText, a.name AS source, type(r) AS relation, b.name AS target,
       r.evidenceText[i] AS evidence, r.evidenceDoc[i] AS article
ORDER BY first, source, relation, target
