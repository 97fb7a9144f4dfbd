import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { type Ctx, emit, typeOf } from './context.js';
import { roleAt, roleRelation } from './role-lookup.js';
import { at, mentionAt } from './tokens.js';

/**
 * Where the words after mention `a` start, past a bracketed other name of it:
 * "Labor Party (PT) candidate X" (`a` Labor Party, twin PT) and "PAN (National
 * Action Party) candidate X" (`a` PAN, twin National Action Party; with PAN
 * no name, `a` the bracketed one alone). `twin` is the other name, if any.
 */
function pastBracket(sc: SentenceContext, a: Mention): { k: number; twin?: Mention } {
  const { tokens } = sc;
  if (at(tokens, a.e) === ')' && at(tokens, a.outer - 1) === '(') {
    // The name before the bracket, when it is one, reads for both (below).
    if (sc.mentions.some((x) => x.e === a.outer - 1 && !x.compound)) return { k: a.e };
    return { k: a.e + 1 };
  }
  if (at(tokens, a.e) === '(') {
    const twin = sc.mentions.find((x) => x.outer === a.e + 1 && !x.compound);
    if (twin && at(tokens, twin.e) === ')') return { k: twin.e + 1, twin };
  }
  return { k: a.e };
}

/** A role noun between two names: "Modesto native George Lucas", "XBT spokesman Allan Fitzmaurice", "Kennedy assassin Sirhan". */
export function preRoles(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  // Pairs a role word already relates: "Kremlin leader X" leads, and no agent
  // noun below adds that X works for it too.
  const read = new Set<Mention>();
  for (const a of sc.mentions) {
    if (a.compound) continue;
    const { k: after, twin } = pastBracket(sc, a);
    let k = after;
    if (at(tokens, k) === "'s" || at(tokens, k) === '’s') k++;
    const r = roleAt(c, tokens, k, 2);
    if (!r) continue;
    if (tokens.slice(k, r.end).some((t) => t.cap || !t.word)) continue;
    const b = mentionAt(sc, r.end);
    if (!b || typeOf(c, b) !== 'Person') continue;
    for (const o of twin ? [a, twin] : [a]) {
      const rel =
        roleRelation(c, r.role, o) ?? (typeOf(c, o) === 'Location' ? 'LIVES_IN' : undefined);
      if (rel) emit(c, rel, b, o, sc.index, 0.6);
      if (rel) read.add(o);
    }
  }
  // "National Football League placekicker Mark Moseley", "Tempe plastic surgeon Richard Pavese":
  // an agent noun between an organisation or a place and a person.
  for (const a of sc.mentions) {
    const ta = typeOf(c, a);
    if ((ta !== 'Organization' && ta !== 'Location') || a.compound || a.demonym || read.has(a))
      continue;
    let k = a.e;
    while (
      k < a.e + 2 &&
      tokens[k]?.word &&
      !tokens[k]?.cap &&
      tokens[k + 1]?.word &&
      !tokens[k + 1]?.cap
    )
      k++;
    const w = tokens[k];
    const b = mentionAt(sc, k + 1);
    if (!w?.word || w.cap || !b || typeOf(c, b) !== 'Person') continue;
    const agent =
      /(?:er|or|ist|ian|man|woman|ee|ant|ent|eon)$/.test(w.lower) ||
      c.lex.set('personNouns').has(w.lower);
    if (!agent) continue;
    if (ta === 'Organization') emit(c, 'WORKS_FOR', b, a, sc.index, 0.4);
    else emit(c, a.country ? 'MEMBER_OF' : 'LIVES_IN', b, a, sc.index, 0.4);
  }
}
