import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { InvalidInputError } from '../errors.js';

/**
 * Writes a command's result to a file (atomically: a temp file renamed into
 * place, so a crash leaves the old file) or to standard output.
 */
export async function writeOutput(content: string, out: string | undefined): Promise<void> {
  if (!out || out === '-') {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(content.endsWith('\n') ? content : `${content}\n`, (e) =>
        e ? reject(e) : resolve(),
      ),
    );
    return;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  await new Promise<void>((resolve, reject) => {
    const ws = createWriteStream(tmp);
    ws.on('error', (cause) =>
      reject(
        new InvalidInputError(`${out}: cannot write (${(cause as NodeJS.ErrnoException).code})`, {
          source: out,
          cause,
        }),
      ),
    );
    ws.end(content, () => resolve());
  });
  await rename(tmp, out);
}
