import neo4j from 'neo4j-driver';

const d = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.none());
const s = d.session();
const q = async (c, p = {}) => {
  try {
    const r = await s.run(c, p);
    console.log(JSON.stringify(r.records.map((r) => r.toObject())), r.summary.queryType);
  } catch (e) {
    console.log('ERR', e.code, e.message.split('\n')[0]);
  }
};
await q(
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
);
await q('CALL db.awaitIndexes(30)');
await q(
  "CREATE (:Entity {key:'x', name:'Ali Khamenei', aliases:['Ayatollah Khamenei','Supreme Leader']})",
);
await q('CALL db.awaitIndexes(30)');
await q("CALL db.index.fulltext.queryNodes('entity_names', 'supreme') YIELD node RETURN node.name");
await q(
  "WITH [1,2] AS l RETURN COLLECT { UNWIND ['b','a','b'] AS n RETURN DISTINCT n ORDER BY n } AS x",
);
await q('RETURN round(0.12345, 3) AS r');
await s.close();
const s2 = d.session({ defaultAccessMode: neo4j.session.READ });
try {
  await s2.executeRead((tx) => tx.run('CREATE (:X)'));
  console.log('write allowed!');
} catch (e) {
  console.log('READ refused', e.code);
}
await s2.close();
const s3 = d.session();
await s3.run('MATCH (n) DETACH DELETE n');
await s3.close();
await d.close();
