import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * "Brazoria, Fort Bend, Galveston and Harris Counties": names listed together
 * are of one kind, so a weakly typed member takes the kind its surely typed
 * neighbours share (three members at least; a stray adjective may lead one).
 */
export function listVotes(tokens: Token[], ms: Mention[]): void {
  const TYPES = ['Person', 'Organization', 'Location'] as const;
  const best = (m: Mention) => Math.max(m.votes.Person, m.votes.Organization, m.votes.Location);
  let i = 0;
  while (i < ms.length) {
    let j = i + 1;
    while (j < ms.length) {
      const a = ms[j - 1] as Mention;
      const b = ms[j] as Mention;
      let k = a.e;
      const sep = tokens[k]?.text;
      if (sep !== ',' && sep !== 'and' && sep !== 'or') break;
      k++;
      if (sep === ',' && (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or')) k++;
      const t = tokens[k];
      if (k < b.outer && t?.word && !t.cap && k + 1 === b.outer) k++;
      if (k !== b.outer) break;
      j++;
    }
    if (j - i >= 3) {
      const list = ms.slice(i, j);
      for (const type of TYPES) {
        const sure = list.filter((m) => m.votes[type] >= 3 && m.votes[type] === best(m)).length;
        if (sure < 2 && !(sure === 1 && list.length === 3)) continue;
        for (const m of list)
          if (!m.fixed && best(m) < 1.5 && m.votes[type] < 1.5) m.votes[type] += 1.5;
        break;
      }
    }
    i = j;
  }
}
