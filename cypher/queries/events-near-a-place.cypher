// Relations of the places within $km kilometres of a Location (by name), nearest first: what happened near it.
// Run: graphwire query --file cypher/queries/events-near-a-place.cypher --param place=Baghdad --param km=50
// Uses the point index on Location.location; places without coordinates are never near anything.
// @param place=Baghdad
// @param km=50
MATCH (c:Location) WHERE toLower(c.name) = toLower($place) AND c.location IS NOT NULL
MATCH (l:Location) WHERE point.distance(l.location, c.location) <= toFloat($km) * 1000
MATCH (a:Entity)-[r]-(l)
RETURN l.name AS place, round(point.distance(l.location, c.location) / 1000, 1) AS km,
       a.name AS entity, type(r) AS relation, r.firstDate AS firstDate, r.lastDate AS lastDate,
       r.count AS reports
ORDER BY km, place, entity, relation
