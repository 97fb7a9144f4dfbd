import { type ReadItem, readDocuments } from '../../src/ingest/index.js';

/** Every item the readers yield for the paths, split into documents and skips. */
export async function collect(paths: string[], opts?: Parameters<typeof readDocuments>[1]) {
  const items: ReadItem[] = [];
  for await (const it of readDocuments(paths, opts)) items.push(it);
  return {
    docs: items.flatMap((i) => (i.kind === 'doc' ? [i.doc] : [])),
    skips: items.flatMap((i) => (i.kind === 'skip' ? [i.skip] : [])),
  };
}
