import { extract } from '../../src/extract/index.js';

/** Extracts a short text and returns what a reader checks: typed names and relation triples. */
export function run(text: string) {
  const x = extract({ id: 't.txt', text, hash: 'h' });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return {
    x,
    entities: x.entities.map((e) => `${e.type}:${e.name}`),
    relations: x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`),
    entity: (n: string) => x.entities.find((e) => e.name === n),
  };
}
