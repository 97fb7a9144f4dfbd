import { Command } from 'commander';
import { InvalidInputError } from '../errors.js';
import { analyseRelations } from '../extract/extract.js';
import { toTree } from '../extract/syntax/format.js';
import { pageAt } from '../ingest/pages.js';
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
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire explain -t "Iraqi officials said gunmen did not attack the embassy."\n  graphwire explain article.txt\n  graphwire explain report.pdf        # each sentence with its page',
    )
    .action(async (file: string | undefined, flags: { text?: string }) => {
      const texts = await readInputTexts(file, flags.text);
      if (!texts.some((t) => t.text.trim()))
        throw new InvalidInputError('nothing to explain: the text is empty');
      for (const t of texts) {
        // A file that holds several documents (a feed, an mbox) says which one each part is.
        if (texts.length > 1 && t.id) process.stdout.write(`# document ${t.id}\n`);
        process.stdout.write(explainText(t.text, t.pages ? { pages: t.pages } : {}));
      }
    });
}
