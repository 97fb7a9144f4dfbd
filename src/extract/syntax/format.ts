import type { SentenceSyntax } from './index.js';

/**
 * Parsed sentences as CoNLL-U: a `# sent_id` and `# text` line, then one line
 * per word (LEMMA and FEATS unknown, `_`), SpaceAfter=No where the next word
 * follows without a space, and a blank line after each sentence.
 */
export function toConllu(sents: readonly SentenceSyntax[]): string {
  let out = '';
  sents.forEach((s, k) => {
    out += `# sent_id = ${k + 1}\n# text = ${s.text.replace(/\s+/g, ' ')}\n`;
    s.tokens.forEach((t, i) => {
      const next = s.tokens[i + 1];
      const misc = next && next.start === t.end ? 'SpaceAfter=No' : '_';
      const form = t.text.replace(/\s/g, '_');
      out += `${i + 1}\t${form}\t_\t${t.upos}\t${t.xpos}\t_\t${t.head + 1}\t${t.deprel}\t_\t${misc}\n`;
    });
    out += '\n';
  });
  return out;
}

/**
 * A sentence's tree as indented lines a person can read: each word under its
 * head, with its relation and tags, children in sentence order.
 *
 *   killed  VERB VBD  root
 *     forces  NOUN NNS  nsubj
 */
export function toTree(s: SentenceSyntax): string {
  const kids: number[][] = s.tokens.map(() => []);
  const roots: number[] = [];
  s.tokens.forEach((t, i) => {
    if (t.head < 0 || t.head >= s.tokens.length) roots.push(i);
    else kids[t.head]?.push(i);
  });
  const lines: string[] = [];
  const seen = new Set<number>();
  const walk = (i: number, depth: number) => {
    if (seen.has(i)) return;
    seen.add(i);
    const t = s.tokens[i];
    if (!t) return;
    lines.push(`${'  '.repeat(depth)}${t.text}  ${t.upos} ${t.xpos}  ${t.deprel}  [${i + 1}]`);
    for (const k of kids[i] ?? []) walk(k, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return `# ${s.text.replace(/\s+/g, ' ')}\n${lines.join('\n')}\n`;
}
