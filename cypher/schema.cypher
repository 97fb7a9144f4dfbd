// graphwire schema: applied by every writer before its first write and by
// `graphwire neo4j schema`. Every statement is idempotent (IF NOT EXISTS).

// One node per entity: the key is `Type:normalized name`.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;

// One node per article: the id the reader gave it (path, JSONL id, reuters-NEWID).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Lookups by display name, per label and across labels.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX person_name IF NOT EXISTS FOR (e:Person) ON (e.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (e:Organization) ON (e.name);
CREATE INDEX location_name IF NOT EXISTS FOR (e:Location) ON (e.name);

// Locations by place: a WGS-84 point, for point.distance queries
// (cypher/queries/events-near-a-place.cypher).
CREATE POINT INDEX location_point IF NOT EXISTS FOR (e:Location) ON (e.location);

// Articles by date, for date-range queries.
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);

// Full-text search over names and aliases:
//   CALL db.index.fulltext.queryNodes('entity_names', 'khamenei~') YIELD node, score
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
