import { InvalidInputError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { readGexf } from './read-gexf.js';
import { readGraphml } from './read-graphml.js';
import { readJson } from './read-json.js';

export type GraphFileFormat = 'json' | 'graphml' | 'gexf';

/** The format of a graph file: its extension, else its first characters. */
export function graphFileFormat(name: string, text: string): GraphFileFormat {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'graphml' || ext === 'gexf') return ext;
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{')) return 'json';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  throw new InvalidInputError(
    `${name}: cannot tell the format; expected .json, .graphml or .gexf`,
    { source: name },
  );
}

/** A graph file in any format `graphwire export` writes and `graphwire import` reads. */
export function readGraph(
  text: string,
  options?: { source?: string; format?: GraphFileFormat },
): KnowledgeGraph {
  const source = options?.source ?? '-';
  const format = options?.format ?? graphFileFormat(source, text);
  if (format === 'json') return readJson(text, { source });
  if (format === 'graphml') return readGraphml(text, { source });
  return readGexf(text, { source });
}
