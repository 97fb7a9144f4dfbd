/**
 * Universal NER's IOB2 files (one token a line, `# text` lines holding each
 * sentence) read as documents: the sentences of an EWT document joined by a
 * space, each gold name a character span of that text. Tokens are found in
 * their sentence's text in order, so offsets hold however the text is spaced.
 */

export type UnerType = 'Person' | 'Organization' | 'Location';

export interface UnerDoc {
  id: string;
  text: string;
  gold: { start: number; end: number; type: UnerType }[];
}

const TYPES: Record<string, UnerType> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };

/** Every fifth document of a file (index % 5 === 0): the slice the entity tagger never trains on. */
export const unerHeldOut = (index: number): boolean => index % 5 === 0;

/** Reads the text of one IOB2 file; `name` only labels errors. */
export function readUner(source: string, name = 'uner'): UnerDoc[] {
  const docs: UnerDoc[] = [];
  let doc: UnerDoc | undefined;
  let sent: { text: string; tokens: [string, string][] } | undefined;
  const flush = () => {
    if (!sent || !doc) return;
    const d = doc;
    const base = d.text.length ? d.text.length + 1 : 0;
    d.text += (d.text.length ? ' ' : '') + sent.text;
    let at = 0;
    let open: UnerDoc['gold'][number] | undefined;
    const close = () => {
      if (open) d.gold.push(open);
      open = undefined;
    };
    for (const [form, tag] of sent.tokens) {
      const i = sent.text.indexOf(form, at);
      if (i < 0) throw new Error(`${name}: token ${form} not in its sentence text`);
      at = i + form.length;
      const [bio, code] = tag.split('-');
      const type = code === undefined ? undefined : TYPES[code];
      if (bio === 'B' || (bio === 'I' && (!open || open.type !== type))) {
        close();
        if (type) open = { type, start: base + i, end: base + at };
      } else if (bio === 'I' && open) open.end = base + at;
      else close();
    }
    close();
    sent = undefined;
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      doc = { id: line.split('=')[1]?.trim() ?? '', text: '', gold: [] };
      docs.push(doc);
    } else if (line.startsWith('# text = ')) {
      flush();
      sent = { text: line.slice(9), tokens: [] };
    } else if (/^\d+\t/.test(line) && sent) {
      const cols = line.split('\t');
      sent.tokens.push([cols[1] ?? '', cols[2] ?? 'O']);
    }
  }
  flush();
  return docs;
}
