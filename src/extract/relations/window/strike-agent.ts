import type { SentenceContext } from '../../sentence-context.js';
import { type Ctx, typeOf } from './context.js';
import { at, matchWords } from './tokens.js';
import { DETS } from './words.js';

const splitVerbs = new WeakMap<readonly string[], string[][]>();

/** The agent verbs' words ("carried out"), split once per lexicon. */
function agentVerbWords(verbs: readonly string[]): string[][] {
  let out = splitVerbs.get(verbs);
  if (!out) splitVerbs.set(verbs, (out = verbs.map((v) => v.split(' '))));
  return out;
}

/** Who carried out strikes: "X carried out an airstrike", "A U.S. airstrike". */
export function trackAgent(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const m of sc.mentions) {
    if (m.compound) continue;
    const t = typeOf(c, m);
    if (t !== 'Organization' && t !== 'Location') continue;
    const w1 = at(tokens, m.e);
    if (c.cues.attackNouns.has(w1) && (m.outer === 0 || DETS.has(at(tokens, m.outer - 1)))) {
      c.agent = m.entity;
      continue;
    }
    for (const words of agentVerbWords(c.lex.cues.agentVerbs)) {
      if (!matchWords(tokens, m.e, words)) continue;
      for (let i = m.e + words.length; i < m.e + words.length + 4; i++)
        if (c.cues.attackNouns.has(at(tokens, i))) c.agent = m.entity;
    }
  }
}
