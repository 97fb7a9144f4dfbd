import { Command } from 'commander';
import { InvalidInputError } from '../errors.js';
import { analyseRelations } from '../extract/extract.js';
import { toTree } from '../extract/syntax/format.js';
import { readTextInput } from './text-input.js';

/**
 * What extraction reads and finds in a text, sentence by sentence: the
 * sentence, its dependency tree, the names with their types and entities,
 * and each relation with the rule that made it, its polarity, modality,
 * attribution and confidence.
 */
export function explainText(text: string): string {
  const { sents, clusters, found } = analyseRelations(text);
  const name = (i: number) => clusters[i]?.name ?? `#${i}`;
  const out: string[] = [];
  for (const sc of sents) {
    const rels = found.filter((r) => r.from === sc.index);
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
    .argument('[file]', 'a text file, or - for standard input (the default without --text)')
    .option('-t, --text <sentence>', 'explain this text instead of a file')
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire explain -t "Iraqi officials said gunmen did not attack the embassy."\n  graphwire explain article.txt',
    )
    .action(async (file: string | undefined, flags: { text?: string }) => {
      const text = await readTextInput(file, flags.text);
      if (!text.trim()) throw new InvalidInputError('nothing to explain: the text is empty');
      process.stdout.write(explainText(text));
    });
}
