/** One syntactic word of a CoNLL-U sentence. `head` is 1-based, 0 for the root. */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token such as `didn't` (words `did` + `n't`), by its word range. */
export interface ConlluRange {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** The `# text` comment, or the words joined as their SpaceAfter says. */
  text: string;
  /** Every comment line without its `# `. */
  comments: string[];
  words: ConlluWord[];
  ranges: ConlluRange[];
}

/**
 * Reads CoNLL-U text into sentences. Empty nodes (`8.1`) are skipped, since
 * basic trees do not use them. A malformed word line throws with its line number.
 */
export function readConllu(source: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | undefined;
  let text: string | undefined;
  const finish = () => {
    if (cur?.words.length) {
      cur.text = text ?? joinWords(cur);
      out.push(cur);
    }
    cur = undefined;
    text = undefined;
  };
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line === '') {
      finish();
      continue;
    }
    cur ??= { text: '', comments: [], words: [], ranges: [] };
    if (line.startsWith('#')) {
      const c = line.replace(/^#\s?/, '');
      cur.comments.push(c);
      const m = /^text\s*=\s?(.*)$/.exec(c);
      if (m) text = m[1];
      continue;
    }
    const f = line.split('\t');
    if (f.length !== 10)
      throw new Error(`CoNLL-U line ${i + 1}: expected 10 columns, got ${f.length}`);
    const id = f[0] as string;
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      cur.ranges.push({
        first: Number(id.slice(0, dash)),
        last: Number(id.slice(dash + 1)),
        form: f[1] as string,
        misc: f[9] as string,
      });
      continue;
    }
    const head = f[6] === '_' ? -1 : Number(f[6]);
    if (!Number.isInteger(Number(id)) || Number.isNaN(head))
      throw new Error(`CoNLL-U line ${i + 1}: bad ID or HEAD`);
    cur.words.push({
      id: Number(id),
      form: f[1] as string,
      lemma: f[2] as string,
      upos: f[3] as string,
      xpos: f[4] as string,
      feats: f[5] as string,
      head,
      deprel: f[7] as string,
      misc: f[9] as string,
    });
  }
  finish();
  return out;
}

/** The sentence's words joined with a space where SpaceAfter=No does not say otherwise. */
function joinWords(s: ConlluSentence): string {
  let t = '';
  for (const w of s.words) t += w.form + (/SpaceAfter=No/.test(w.misc) ? '' : ' ');
  return t.trimEnd();
}
