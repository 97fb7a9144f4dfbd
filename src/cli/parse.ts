import { Command } from 'commander';
import { InvalidInputError } from '../errors.js';
import { toConllu, toTree } from '../extract/syntax/format.js';
import { parseText } from '../extract/syntax/index.js';
import { readTextInput } from './text-input.js';

export function parseCommand(): Command {
  return new Command('parse')
    .description("print a text's tokens, tags and dependency trees (CoNLL-U, or --tree)")
    .argument('[file]', 'a text file, or - for standard input (the default without --text)')
    .option('-t, --text <sentence>', 'parse this text instead of a file')
    .option('--lines', 'one sentence a line, instead of splitting sentences')
    .option('--tree', 'print each sentence as an indented tree')
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire parse --tree -t "Gunmen were killed by the army."\n  graphwire parse article.txt > article.conllu\n  cat sentences.txt | graphwire parse --lines -',
    )
    .action(
      async (
        file: string | undefined,
        flags: { text?: string; lines?: boolean; tree?: boolean },
      ) => {
        const text = await readTextInput(file, flags.text);
        if (!text.trim()) throw new InvalidInputError('nothing to parse: the text is empty');
        const sents = parseText(text, { lines: flags.lines ?? false }).filter(
          (s) => s.tokens.length,
        );
        process.stdout.write(flags.tree ? sents.map(toTree).join('\n') : toConllu(sents));
      },
    );
}
