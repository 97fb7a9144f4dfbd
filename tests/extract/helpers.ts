import { extract } from '../../src/extract/index.js';

/** Extracts a short text and returns what a reader checks: typed names and relation triples. */
export function run(text: string) {
  const x = extract({ id: 't.txt', text, hash: 'h' });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return {
    x,
    entities: x.entities.map((e) => `${e.type}:${e.name}`),
    /** What the text asserts (a negated statement is no relation of the graph). */
    relations: x.relations
      .filter((r) => r.evidence.polarity !== 'negated')
      .map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`),
    /** What the text denies: "X did not attack Y". */
    negated: x.relations
      .filter((r) => r.evidence.polarity === 'negated')
      .map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`),
    /** Each relation with the marks of its evidence: "A TYPE B rule polarity modality". */
    marked: x.relations.map(
      (r) =>
        `${name.get(r.source)} ${r.type} ${name.get(r.target)} ${r.evidence.rule} ${r.evidence.polarity} ${r.evidence.modality}`,
    ),
    entity: (n: string) => x.entities.find((e) => e.name === n),
  };
}
