import { Command } from 'commander';
import { InvalidInputError } from '../errors.js';
import { analyseRelations } from '../extract/extract.js';
import { toTree } from '../extract/syntax/format.js';
import type { Evidence } from '../extract/types.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { pageAt } from '../ingest/pages.js';
import { LogStore, loadGraph } from '../store/index.js';
import { readInputTexts } from './text-input.js';

export interface ExplainOptions {
  /** Page start offsets of a paged document (PDF): each sentence then says its page. */
  pages?: readonly number[];
}

/**
 * What extraction reads and finds in a text, sentence by sentence: the
 * sentence, its dependency tree, the names with their types and entities,
 * and each relation with the rule that made it, its polarity, modality,
 * attribution and confidence; for a PDF, the page each sentence starts on.
 */
export function explainText(text: string, options?: ExplainOptions): string {
  const pages = options?.pages?.length ? options.pages : undefined;
  const { sents, clusters, found } = analyseRelations(text);
  const name = (i: number) => clusters[i]?.name ?? `#${i}`;
  const out: string[] = [];
  for (const sc of sents) {
    const rels = found.filter((r) => r.from === sc.index);
    if (pages) out.push(`# page ${pageAt(pages, sc.start)}`);
    out.push(toTree(sc.syntax).trimEnd());
    out.push('mentions:');
    for (const m of sc.mentions) {
      const c = m.entity === undefined ? undefined : clusters[m.entity];
      out.push(
        `  ${JSON.stringify(m.text)}  ${c ? `${c.type} ${JSON.stringify(c.name)}` : '(no entity)'}`,
      );
    }
    out.push(rels.length ? 'relations:' : 'relations: none');
    for (const r of rels) {
      const by = r.attributedTo.length
        ? `  according to ${r.attributedTo.map((a) => JSON.stringify(name(a))).join(', ')}`
        : '';
      out.push(
        `  ${JSON.stringify(name(r.source))} ${r.type} ${JSON.stringify(name(r.target))}  rule=${r.rule} polarity=${r.polarity} modality=${r.modality} confidence=${r.confidence}${by}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** One evidence item's marks as a line: where it is, the rule, and what it says of the statement. */
function marksLine(e: Evidence, name: (key: string) => string): string {
  const parts = [
    `${e.doc} [${e.start}-${e.end}]`,
    `rule=${e.rule ?? '(not recorded)'}`,
    `polarity=${e.polarity ?? 'asserted'}`,
    `modality=${e.modality ?? 'happened'}`,
  ];
  if (e.date) parts.push(`date=${e.date}`);
  if (e.attributedTo?.length)
    parts.push(`according to ${e.attributedTo.map((k) => JSON.stringify(name(k))).join(', ')}`);
  return parts.join('  ');
}

/**
 * Why a stored edge exists: its two ends, then each evidence sentence it
 * keeps with the rule, polarity, modality and attribution stored with it,
 * and the sentence read again as \`explain\` reads a text (its tree, names
 * and relations). Statements that deny the same relation (the source's
 * counter-evidence) follow. Throws an input error naming the key, with the
 * edges whose key contains it, when the graph has no such edge.
 */
export function explainEdge(graph: KnowledgeGraph, key: string): string {
  if (!graph.hasEdge(key)) {
    const near = graph
      .filterEdges((k) => k.toLowerCase().includes(key.toLowerCase()))
      .slice(0, 5)
      .map((k) => JSON.stringify(k));
    throw new InvalidInputError(
      `no edge ${JSON.stringify(key)} in the store: expected an edge key "source|TYPE|target"${near.length ? ` (such as ${near.join(', ')})` : ' as in graphwire export'}`,
    );
  }
  const a = graph.getEdgeAttributes(key);
  const [s, t] = graph.extremities(key);
  const name = (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'name') : k);
  const out = [
    `edge ${key}`,
    `  ${JSON.stringify(name(s))} ${a.type} ${JSON.stringify(name(t))}  evidence=${a.count} confidence=${a.confidence}${a.firstDate ? `  dates ${a.firstDate}..${a.lastDate ?? a.firstDate}` : ''}`,
    '',
  ];
  a.evidence.forEach((e, i) => {
    out.push(`evidence ${i + 1} of ${a.evidence.length}: ${marksLine(e, name)}`);
    out.push(explainText(e.text).trimEnd(), '');
  });
  if (a.count > a.evidence.length)
    out.push(
      `(${a.count - a.evidence.length} more sentences counted; the store keeps ${a.evidence.length})`,
      '',
    );
  const denied = (graph.getNodeAttribute(s, 'counterEvidence') ?? []).filter(
    (c) => c.type === a.type && c.target === t,
  );
  for (const c of denied) {
    out.push(`denied: ${marksLine(c, name)}`);
    out.push(explainText(c.text).trimEnd(), '');
  }
  return `${out.join('\n')}\n`;
}

export function explainCommand(): Command {
  return new Command('explain')
    .description(
      'show why extraction finds what it finds: each sentence, its tree, its names, and every relation with its rule, polarity, modality and attribution',
    )
    .argument(
      '[file]',
      'a file in any format ingest reads (text, PDF, DOCX, HTML...), or - for standard input (the default without --text)',
    )
    .option('-t, --text <sentence>', 'explain this text instead of a file')
    .option('--db <dir>', 'with --edge: the embedded store that holds the edge')
    .option('--edge <key>', 'explain a stored edge, "source|TYPE|target" as export writes its key')
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire explain -t "Iraqi officials said gunmen did not attack the embassy."\n  graphwire explain article.txt\n  graphwire explain report.pdf        # each sentence with its page\n  graphwire explain --db graphwire-data --edge "Person:lena ortiz|WORKS_FOR|Organization:acme corp"',
    )
    .action(
      async (file: string | undefined, flags: { text?: string; db?: string; edge?: string }) => {
        if (flags.edge !== undefined || flags.db !== undefined) {
          if (flags.edge === undefined || flags.db === undefined)
            throw new InvalidInputError(
              'explain --db and --edge go together: the store and the edge key',
            );
          if (file !== undefined || flags.text !== undefined)
            throw new InvalidInputError(
              'explain --edge reads the store: give no file or --text with it',
            );
          const store = await LogStore.open(flags.db);
          let graph: KnowledgeGraph;
          try {
            graph = await loadGraph(store);
          } finally {
            await store.close();
          }
          process.stdout.write(explainEdge(graph, flags.edge));
          return;
        }
        const texts = await readInputTexts(file, flags.text);
        if (!texts.some((t) => t.text.trim()))
          throw new InvalidInputError('nothing to explain: the text is empty');
        for (const t of texts) {
          // A file that holds several documents (a feed, an mbox) says which one each part is.
          if (texts.length > 1 && t.id) process.stdout.write(`# document ${t.id}\n`);
          process.stdout.write(explainText(t.text, t.pages ? { pages: t.pages } : {}));
        }
      },
    );
}
