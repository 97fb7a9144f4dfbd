import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUner, unerHeldOut } from '../../src/eval/uner.js';

/**
 * The gold data of the entity tagger, read from ../shared (never copied):
 * Universal NER's English EWT files and CoNLL04, as documents with gold
 * character spans. Every fifth UNER document of each file (index % 5 === 0)
 * is the held-out slice that training never sees.
 */

const TYPE_OF: Record<string, number> = {
  Person: 0,
  Organization: 1,
  Location: 2,
  Peop: 0,
  Org: 1,
  Loc: 2,
};

export interface GoldDoc {
  id: string;
  text: string;
  /** Character spans with a type index (0 PER, 1 ORG, 2 LOC). */
  gold: { start: number; end: number; type: number }[];
}

/** UNER documents (src/eval/uner.ts), their types as the tagger's indices. */
export function readUnerDocs(path: string): GoldDoc[] {
  return readUner(readFileSync(path, 'utf8'), path).map((d) => ({
    id: d.id,
    text: d.text,
    gold: d.gold.map((g) => ({ start: g.start, end: g.end, type: TYPE_OF[g.type] as number })),
  }));
}

/** CoNLL04 sentences: the jsonl text, gold tokens found in it in order. */
export function readConll(shared: string, split: string): GoldDoc[] {
  const dir = join(shared, 'benchmarks/conll04');
  const gold = JSON.parse(readFileSync(join(dir, `conll04_${split}.json`), 'utf8')) as {
    tokens: string[];
    tags: string[];
  }[];
  const lines = readFileSync(join(dir, `conll04_${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  let lost = 0;
  const docs = lines.map((d, n) => {
    const g = gold[n] as { tokens: string[]; tags: string[] };
    const text = d.text;
    const spans: GoldDoc['gold'] = [];
    let at = 0;
    let open: GoldDoc['gold'][number] | undefined;
    g.tokens.forEach((form, i) => {
      while (at < text.length && /\s/.test(text[at] as string)) at++;
      let s = -1;
      if (text.startsWith(form, at)) s = at;
      else {
        const k = text.indexOf(form, at);
        if (k >= 0 && k - at <= 3) s = k;
      }
      const tag = g.tags[i] as string;
      const [bio, type] = tag.split('-') as [string, string | undefined];
      const ty = type === undefined ? undefined : TYPE_OF[type];
      if (s < 0) {
        if (ty !== undefined) lost++;
        // Quotes written differently (`` for "): step over one character.
        if (/^[`'"]+$/.test(form) && /[`'"“”‘’]/.test(text[at] ?? '')) at++;
        return;
      }
      const e = s + form.length;
      at = e;
      if (ty === undefined) return;
      if (bio === 'B' || bio === 'U') open = { start: s, end: e, type: ty };
      else if (open) open.end = e;
      if ((bio === 'L' || bio === 'U') && open) {
        spans.push(open);
        open = undefined;
      }
    });
    return { id: d.id, text, gold: spans };
  });
  if (lost) console.error(`conll04 ${split}: ${lost} entity tokens not found in the text`);
  return docs;
}

/** The held-out rule: every fifth document of each UNER file. */
export const heldOut = unerHeldOut;

/** Training and measuring sets by name: uner, uner-held, conll-train, conll-dev. */
export function goldSets(shared: string): Record<string, GoldDoc[]> {
  const uner = ['dev', 'test'].flatMap((s) =>
    readUnerDocs(join(shared, `benchmarks/uner-english-ewt/en_ewt-ud-${s}.iob2`)).map((d, i) => ({
      d,
      held: heldOut(i),
    })),
  );
  return {
    uner: uner.filter((x) => !x.held).map((x) => x.d),
    'uner-held': uner.filter((x) => x.held).map((x) => x.d),
    'conll-train': readConll(shared, 'train'),
    'conll-dev': readConll(shared, 'dev'),
  };
}
