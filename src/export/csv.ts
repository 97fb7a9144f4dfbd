import { InvalidInputError } from '../errors.js';
import { ENTITY_TYPES } from '../extract/types.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { checkedEntityType, checkedRelationType, evidenceText, type NodeGeo } from './columns.js';

/**
 * CSV in the `neo4j-admin database import full` format (Neo4j 5): one nodes
 * file per entity type and one relationships file, with typed headers, plus
 * the exact command that loads them.
 *
 *   nodes_Person.csv     key:ID,name,type,aliases:string[],titles:string[],docs:string[],mentions_json,
 *                        lat:double,lon:double,location:point{crs:WGS-84},country,featureType,geoSource,geoApproximate:boolean,:LABEL
 *   relationships.csv    :START_ID,:END_ID,:TYPE,key,count:int,confidence:double,firstDate,lastDate,docs:string[],evidence_json,evidence_text
 *
 * Fields are quoted per RFC 4180 (a quote is doubled; newlines stay inside
 * quotes, hence `--multiline-fields=true`). neo4j-admin cannot escape the
 * array delimiter inside an element, so the delimiter is the first of
 * `arrayDelimiters` that occurs in no array element and no label; the
 * command says which. An empty list is an empty field (no property), as
 * neo4j-admin stores no empty arrays. `confidence` is a double, not a
 * float: neo4j-admin's float is 32-bit and would read back as 0.8999999761.
 */
export interface CsvOptions {
  /** Database the printed command imports into. */
  database?: string;
  /** Folder the files will be in, as the printed command should name it. */
  dir?: string;
  /** Candidate array delimiters, in order of preference (one character each). */
  arrayDelimiters?: string[];
}

export interface CsvExport {
  /** File name -> content. */
  files: Record<string, string>;
  /** The `neo4j-admin database import full ...` command for these files. */
  command: string;
  arrayDelimiter: string;
}

export const DEFAULTS: Required<CsvOptions> = {
  database: 'neo4j',
  dir: '.',
  arrayDelimiters: [';', '|', '¦', '¤', '§', '¶'],
};

export const NODE_HEADER = [
  'key:ID',
  'name',
  'type',
  'aliases:string[]',
  'titles:string[]',
  'docs:string[]',
  'mentions_json',
  'counterEvidence_json',
  'lat:double',
  'lon:double',
  'location:point{crs:WGS-84}',
  'country',
  'featureType',
  'geoSource',
  'geoApproximate:boolean',
  ':LABEL',
];

export const RELATIONSHIP_HEADER = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'key',
  'count:int',
  'confidence:double',
  'firstDate',
  'lastDate',
  'docs:string[]',
  'evidence_json',
  'evidence_text',
];

/** An RFC 4180 field: always quoted, quotes doubled. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * JSON text with every `"` and `\\` inside strings written as `\\u0022` and
 * `\\u005c`: still JSON, but with no backslash before a quote, which LOAD
 * CSV (legacy quote escaping, on by default) would read as an inner quote.
 */
export function csvJson(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (literal) =>
    literal.replace(/\\(.)/g, (pair, c: string) =>
      c === '"' ? '\\u0022' : c === '\\' ? '\\u005c' : pair,
    ),
  );
}

/** A field for a value that may be absent: absent is an empty, unquoted field. */
function field(value: string | undefined): string {
  return value === undefined ? '' : csvField(value);
}

function arrayField(values: readonly string[] | undefined, delimiter: string): string {
  return values && values.length > 0 ? csvField(values.join(delimiter)) : '';
}

/** lat, lon, the WGS-84 point neo4j-admin reads, country, featureType, geoSource, geoApproximate. */
function geoFields(a: NodeGeo): string[] {
  if (a.lat === undefined || a.lon === undefined) return ['', '', '', '', '', '', ''];
  return [
    String(a.lat),
    String(a.lon),
    csvField(`{latitude:${a.lat}, longitude:${a.lon}}`),
    field(a.country),
    field(a.featureType),
    field(a.geoSource),
    a.geoApproximate ? 'true' : '',
  ];
}

/** Quotes a word for a POSIX shell. */
function sh(word: string): string {
  return /^[\w./=:-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function chooseDelimiter(graph: KnowledgeGraph, candidates: readonly string[]): string {
  const used = new Set<string>();
  const note = (list: readonly string[] | undefined) => {
    for (const s of list ?? []) for (const c of candidates) if (s.includes(c)) used.add(c);
  };
  note(['Entity', ...ENTITY_TYPES]);
  graph.forEachNode((_n, a) => {
    note(a.aliases);
    note(a.titles);
    note(a.docs);
  });
  graph.forEachEdge((_e, a) => note(a.docs));
  const free = candidates.find((c) => !used.has(c));
  if (free === undefined)
    throw new InvalidInputError(
      `every candidate array delimiter (${candidates.join(' ')}) occurs in a name or document id; pass another in arrayDelimiters`,
    );
  return free;
}

export function toNeo4jCsv(graph: KnowledgeGraph, options?: CsvOptions): CsvExport {
  const opts = { ...DEFAULTS, ...options };
  for (const c of opts.arrayDelimiters)
    if ([...c].length !== 1 || c === ',' || c === '"' || c === '\n' || c === '\r')
      throw new InvalidInputError(
        `array delimiter ${JSON.stringify(c)}: must be one character other than , " or a line break`,
      );
  const d = chooseDelimiter(graph, opts.arrayDelimiters);
  const rows = new Map<string, string[]>(ENTITY_TYPES.map((t) => [t, [NODE_HEADER.join(',')]]));
  graph.forEachNode((node, a) => {
    const type = checkedEntityType(a.type, node);
    (rows.get(type) as string[]).push(
      [
        csvField(node),
        csvField(a.name),
        csvField(type),
        arrayField(a.aliases, d),
        arrayField(a.titles, d),
        arrayField(a.docs, d),
        csvField(csvJson(a.mentions)),
        a.counterEvidence ? csvField(csvJson(a.counterEvidence)) : '',
        ...geoFields(a),
        csvField(`Entity${d}${type}`),
      ].join(','),
    );
  });
  const rels = [RELATIONSHIP_HEADER.join(',')];
  graph.forEachEdge((edge, a, source, target) => {
    rels.push(
      [
        csvField(source),
        csvField(target),
        csvField(checkedRelationType(a.type, edge)),
        csvField(edge),
        String(Math.trunc(a.count)),
        String(a.confidence),
        field(a.firstDate),
        field(a.lastDate),
        arrayField(a.docs, d),
        csvField(csvJson(a.evidence)),
        a.evidence.length ? csvField(evidenceText(a.evidence)) : '',
      ].join(','),
    );
  });
  const files: Record<string, string> = {};
  for (const [type, lines] of rows) files[`nodes_${type}.csv`] = `${lines.join('\n')}\n`;
  files['relationships.csv'] = `${rels.join('\n')}\n`;
  const path = (name: string) =>
    opts.dir === '.' ? name : `${opts.dir.replace(/\/+$/, '')}/${name}`;
  const command = [
    'neo4j-admin database import full',
    sh(opts.database),
    '--overwrite-destination=true',
    ...Object.keys(files)
      .filter((f) => f.startsWith('nodes_'))
      .map((f) => `--nodes=${sh(path(f))}`),
    `--relationships=${sh(path('relationships.csv'))}`,
    '--id-type=string',
    "--delimiter=','",
    `--array-delimiter=${sh(d)}`,
    `--quote='"'`,
    '--multiline-fields=true',
  ].join(' ');
  return { files, command, arrayDelimiter: d };
}
