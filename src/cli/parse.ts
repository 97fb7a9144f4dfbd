import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { InvalidInputError, UsageError } from '../errors.js';
import { toConllu, toTree } from '../extract/syntax/format.js';
import { parseText } from '../extract/syntax/index.js';
import { decodeTextFile } from '../ingest/decode.js';

async function readStdin(): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

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
        if (file && flags.text !== undefined)
          throw new UsageError('give a file or --text, not both');
        let text: string;
        if (flags.text !== undefined) text = flags.text;
        else if (!file || file === '-') text = decodeTextFile(await readStdin(), 'standard input');
        else {
          let bytes: Uint8Array;
          try {
            bytes = await readFile(file);
          } catch (cause) {
            throw new InvalidInputError(`cannot read ${file}: ${(cause as Error).message}`, {
              source: file,
              cause,
            });
          }
          text = decodeTextFile(bytes, file);
        }
        if (!text.trim()) throw new InvalidInputError('nothing to parse: the text is empty');
        const sents = parseText(text, { lines: flags.lines ?? false }).filter(
          (s) => s.tokens.length,
        );
        process.stdout.write(flags.tree ? sents.map(toTree).join('\n') : toConllu(sents));
      },
    );
}
