import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { LEADS_COUNTRY } from '../roles.js';
import { type Ctx, emit, typeOf } from './context.js';
import { roleRelation } from './role-lookup.js';
import { at } from './tokens.js';

/** Titles before names: "Iranian President X" (LEADS Iran), "Microsoft Chairman X", "Defense Secretary X". */
export function titles(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (!m.title) continue;
    const title = m.title.replace(/^(?:former|acting|then|late|deputy|vice)\s+/, '');
    let owner: Mention | undefined = m.titleOf;
    const prev = at(sc.tokens, m.outer - 1);
    if (!owner && (prev === "'s" || prev === '’s'))
      owner = sc.mentions.find((x) => x.e === m.outer - 1);
    const words = title.split(/\s+/);
    const head = words[words.length - 1] as string;
    const dept = Object.entries(c.lex.words.roleDepartments).find(([k]) =>
      new RegExp(`\\b${k}\\b`).test(title),
    );
    if (dept && /secretary/.test(title)) {
      const inst = c.clusters.findIndex((x) => x.name === dept[1]);
      if (inst >= 0) {
        emit(c, 'LEADS', m, inst, sc.index, 0.7);
        continue;
      }
    }
    if (!owner) continue;
    let role = head;
    for (let i = 0; i < words.length; i++) {
      const two = words.slice(i, i + 2).join(' ');
      if (LEADS_COUNTRY.has(two)) {
        role = two;
        break;
      }
      if (LEADS_COUNTRY.has(words[i] as string)) {
        role = words[i] as string;
        break;
      }
    }
    let rel =
      roleRelation(c, role, owner) ??
      (typeOf(c, owner) === 'Location' ? (owner.country ? 'MEMBER_OF' : 'LIVES_IN') : undefined);
    // "Acme Vice President X": second in command works for a body, as the tree rule reads it;
    // "U.S. Vice President X", "Deputy Prime Minister X" belong to a country, a province's
    // second lives there: neither leads it.
    if (rel === 'LEADS' && title !== m.title && /^(?:deputy|vice)\s/.test(m.title)) {
      const t = typeOf(c, owner);
      if (t === 'Organization') rel = 'WORKS_FOR';
      else if (t === 'Location') rel = owner.country ? 'MEMBER_OF' : 'LIVES_IN';
    }
    if (rel) emit(c, rel, m, owner, sc.index, 0.8);
  }
}
