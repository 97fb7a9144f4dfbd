import type { Token } from '../../tokenize.js';
import type { EntityType, Mention, RelationType } from '../../types.js';
import { roleRelationTo as roleRelationOf } from '../roles.js';
import type { CueIndex } from '../types.js';
import { WORDS } from '../words.js';
import type { Ctx } from './context.js';
import { at, matchWords } from './tokens.js';

/** Relation type for a role noun held at a target. */
export function roleRelation(
  c: Ctx,
  role: string,
  target: Mention | undefined,
): RelationType | undefined {
  if (!target) return undefined;
  return roleRelationTo(c, role, target.entity, target.country === true, target.name);
}

/** The relation a role gives towards an entity (or, with none resolved, a name). */
export function roleRelationTo(
  c: Ctx,
  role: string,
  entity: number | undefined,
  country: boolean,
  name: string,
): RelationType | undefined {
  return roleRelationOf(c.cues, c.clusters, role, entity, country, name);
}

const NO_ROLES: CueIndex['roles'] = [];
/** Words a role search does not look past. */
const ROLE_STOPS = WORDS.roleStops;

/** Finds a role noun at token k (after determiners and modifiers); returns its phrase and end. */
export function roleAt(
  c: Ctx,
  tokens: Token[],
  k: number,
  maxSkip = 3,
): { role: string; end: number; mods: number } | undefined {
  let i = k;
  for (let skip = 0; skip <= maxSkip; skip++) {
    for (const r of c.cues.rolesByFirst.get(at(tokens, i)) ?? NO_ROLES) {
      if (matchWords(tokens, i, r.words))
        return { role: r.phrase, end: i + r.words.length, mods: i };
    }
    const t = tokens[i];
    const poss = t?.lower === "'s" || t?.lower === '’s';
    if ((!t?.word && !poss) || ROLE_STOPS.has(t?.lower ?? '')) return undefined;
    i++;
  }
  return undefined;
}

/** A role phrase found after a name: the role, where it ends, and where its modifiers start. */
export interface Role {
  role: string;
  end: number;
  mods: number;
}

export const ROLE_PREPS = WORDS.rolePrepositions;
export const ORG_PREPS = WORDS.orgPrepositions;
export const ROLE_TARGET_TYPES: readonly EntityType[] = ['Organization', 'Location', 'Person'];
