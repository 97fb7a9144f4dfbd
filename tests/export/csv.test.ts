import { describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { trickyExtractions, trickyGraph } from '../fixtures/tricky-graph.js';

describe('neo4j-admin CSV', () => {
  it('writes one nodes file per entity type and one relationships file with typed headers', () => {
    const { files } = toNeo4jCsv(trickyGraph());
    expect(Object.keys(files)).toEqual([
      'nodes_Person.csv',
      'nodes_Organization.csv',
      'nodes_Location.csv',
      'relationships.csv',
    ]);
    expect(files['nodes_Person.csv']?.split('\n')[0]).toBe(
      'key:ID,name,type,aliases:string[],titles:string[],docs:string[],mentions_json,counterEvidence_json,' +
        'lat:double,lon:double,location:point{crs:WGS-84},country,featureType,geoSource,geoApproximate:boolean,:LABEL',
    );
    expect(files['relationships.csv']?.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,key,count:int,confidence:double,firstDate,lastDate,docs:string[],evidence_json,evidence_text',
    );
  });

  it('picks an array delimiter that occurs in no list element and names it in the command', () => {
    // the fixture has a document id with both ; and |
    const tricky = toNeo4jCsv(trickyGraph());
    expect(tricky.arrayDelimiter).toBe('¦');
    expect(tricky.command).toContain("--array-delimiter='¦'");
    expect(tricky.files['nodes_Person.csv']).toContain('"Entity¦Person"');
    const plain = buildGraph(
      trickyExtractions().map((e) => ({
        ...e,
        doc: { ...e.doc, id: e.doc.id.replace(/[;|]/g, '-') },
      })),
    );
    const simple = toNeo4jCsv(plain, { arrayDelimiters: [';', '|'] });
    expect(simple.arrayDelimiter).toBe('|'); // an alias has ';'
  });

  it('refuses, with an input error, when every candidate delimiter occurs in the data', () => {
    expect(() => toNeo4jCsv(trickyGraph(), { arrayDelimiters: [';', '|'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('refuses a relationship type outside the vocabulary', () => {
    const g = trickyGraph();
    g.setEdgeAttribute(g.edges()[0] as string, 'type', 'KNOWS');
    expect(() => toNeo4jCsv(g)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('prints a complete neo4j-admin 5 command for the folder given', () => {
    const { command } = toNeo4jCsv(trickyGraph(), { dir: '/data/my import', database: 'news' });
    expect(command).toMatch(/^neo4j-admin database import full news /);
    expect(command).toContain("--nodes='/data/my import/nodes_Person.csv'");
    expect(command).toContain("--relationships='/data/my import/relationships.csv'");
    expect(command).toContain('--multiline-fields=true');
    expect(command).toContain("--quote='\"'");
  });
});
